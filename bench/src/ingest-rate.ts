// In-process ingest benchmark: `tsx bench/src/ingest-rate.ts [--size S,M] [--articles N]`.
// Copies each size's generated graph, extracts N generated articles (distinct people and
// words each), then writes them one transaction each through writeArticle, the path
// `ingestArticle` takes, and prints articles per second, per lap, with SQL statements per
// article as the client's query log counts them.
import { closeSync, copyFileSync, fsyncSync, openSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { connectDatabase, disconnectDatabase, writeArticle } from '@parley/db';
import { previewArticle, type ArticlePreview } from '@parley/ingest';
import Database from 'better-sqlite3';
import { generatedArticle } from './articles';
import { ensureGraphFile } from './graph-file';
import { sizeNamed, type SizeName } from './sizes';

const LAPS = 5;

export interface IngestRate {
  size: SizeName;
  articles: number;
  /** Articles written per second, one transaction each, extraction excluded. */
  writesPerSecond: number;
  /** Articles extracted per second (the rule-based extractor, in this process). */
  extractionsPerSecond: number;
  /** Write rate in each fifth of the run, to show whether it holds as the graph grows. */
  laps: number[];
  statementsPerArticle: number;
  /** CPU time of this process per article written (user and system), less sensitive to a busy machine than the rate. */
  cpuMsPerArticle: number;
}

/** A private copy of a graph file, so the benchmark never grows the shared one. */
function copyOf(file: string): string {
  const source = new Database(file);
  source.pragma('wal_checkpoint(TRUNCATE)');
  source.close();
  const copy = path.join(os.tmpdir(), `parley-ingest-${process.pid}-${path.basename(file)}`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true });
  copyFileSync(file, copy);
  // The copy reaches the disk before the clock starts, or writing it back (hundreds of MB at
  // L) would slow the benchmark's own writes.
  const descriptor = openSync(copy, 'r+');
  fsyncSync(descriptor);
  closeSync(descriptor);
  return copy;
}

export async function measureIngestRate(size: SizeName, articles: number, log: (line: string) => void): Promise<IngestRate> {
  const { file } = await ensureGraphFile(size, log);
  const copy = copyOf(file);
  try {
    const extractionStarted = performance.now();
    const previews: ArticlePreview[] = Array.from({ length: articles }, (_, n) => previewArticle(generatedArticle(n)));
    const extractionsPerSecond = articles / ((performance.now() - extractionStarted) / 1000);

    let statements = 0;
    const db = await connectDatabase(`file:${copy}`, { onQuery: () => (statements += 1) });
    const lapSize = Math.ceil(articles / LAPS);
    const laps: number[] = [];
    const started = performance.now();
    const cpu = process.cpuUsage();
    let lapStarted = started;
    for (const [index, preview] of previews.entries()) {
      const write = await writeArticle(db, preview.article, preview.extraction);
      if (!write.article.created) throw new Error(`generated article ${index} was already in the ${size} graph`);
      if ((index + 1) % lapSize === 0 || index + 1 === articles) {
        const now = performance.now();
        laps.push(((index % lapSize) + 1) / ((now - lapStarted) / 1000));
        lapStarted = now;
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const { user, system } = process.cpuUsage(cpu);
    await disconnectDatabase();
    return {
      size,
      articles,
      writesPerSecond: articles / seconds,
      extractionsPerSecond,
      laps,
      statementsPerArticle: statements / articles,
      cpuMsPerArticle: (user + system) / 1000 / articles,
    };
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { size: { type: 'string', default: 'S,M' }, articles: { type: 'string', default: '1000' } } });
  const articles = Number(values.articles);
  if (!Number.isInteger(articles) || articles < 1) throw new Error(`--articles "${values.articles}" is not a positive whole number`);
  const log = (line: string) => process.stdout.write(`${line}\n`);
  log(`load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`);
  for (const size of values.size.split(',').map(sizeNamed)) {
    const rate = await measureIngestRate(size, articles, log);
    log(
      `${size}: ${rate.articles} articles written at ${rate.writesPerSecond.toFixed(1)}/s ` +
        `(laps ${rate.laps.map((lap) => lap.toFixed(0)).join(', ')}), ${rate.statementsPerArticle.toFixed(1)} SQL statements and ${rate.cpuMsPerArticle.toFixed(2)} ms of CPU per article; ` +
        `extraction ${rate.extractionsPerSecond.toFixed(0)}/s`,
    );
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
