// Ingest throughput: `npx tsx libs/ingest/bench/ingest.bench.ts [COUNT]` writes COUNT
// generated 600-word articles (default 10,000) into a fresh SQLite file and prints the rate.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { disconnectDatabase, prepareDatabase } from '@parley/db';
import { ingestArticle } from '../src';
import { generateArticle } from './generate-articles';

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 10_000);
  const dir = await mkdtemp(path.join(tmpdir(), 'parley-bench-'));
  const file = path.join(dir, 'bench.db');
  const { db } = await prepareDatabase(`file:${file}`, { seed: false });

  const started = process.hrtime.bigint();
  let lap = started;
  let statements = 0;
  for (let n = 0; n < count; n += 1) {
    const result = await ingestArticle(db, generateArticle(n));
    statements += result.write.statements.length;
    if ((n + 1) % 1000 === 0) {
      const now = process.hrtime.bigint();
      const lapSeconds = Number(now - lap) / 1e9;
      process.stdout.write(`  ${String(n + 1).padStart(6)} articles · last 1000 at ${(1000 / lapSeconds).toFixed(1)} articles/s\n`);
      lap = now;
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const counts = {
    articles: await db.article.count(),
    people: await db.person.count(),
    calls: await db.event.count({ where: { kind: 'CALL' } }),
    statements: await db.statement.count(),
    sources: await db.statementSource.count(),
    policyActions: await db.policyAction.count(),
  };
  await disconnectDatabase();
  const size = (await stat(file)).size;
  await rm(dir, { recursive: true, force: true });

  const memory = process.memoryUsage();
  console.log(`ingested ${count} generated ~600-word articles into SQLite in ${seconds.toFixed(1)} s: ${(count / seconds).toFixed(1)} articles/s, ${((seconds * 1000) / count).toFixed(2)} ms per article`);
  console.log(`graph: ${JSON.stringify(counts)}; ${statements} statements written or merged`);
  console.log(`database file ${(size / 1e6).toFixed(1)} MB; process RSS ${(memory.rss / 1e6).toFixed(0)} MB, heap used ${(memory.heapUsed / 1e6).toFixed(0)} MB`);
}

void main();
