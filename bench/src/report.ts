import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { describeBuild } from './graph-file';
import type { GeneratedCounts } from './generate-graph';
import type { LoadFigures } from './load';
import type { IngestRun } from './mixed';
import type { ServerName } from './servers';
import type { SizeName } from './sizes';
import type { Workload } from './workloads';

export interface SizeRun {
  size: SizeName;
  graph: string;
  built: GeneratedCounts | null;
  workloads: Workload[];
  statements: Record<string, { parley: number; usual: number }>;
  figures: Partial<Record<ServerName, Record<string, LoadFigures & { peakRssMb: number }>>>;
  startMs: Partial<Record<ServerName, number>>;
  bodiesEqual: Record<string, boolean>;
  settings: string;
  ingest?: IngestRun;
  /** Wall-clock time of the whole size, graph building included. */
  runSeconds: number;
}

const ratio = (a: number | undefined, b: number | undefined) => (a && b ? (a / b).toFixed(2) : '–');
const fixed = (value: number | undefined, digits = 0) => (value === undefined ? '–' : value.toFixed(digits));

export function renderSize(run: SizeRun): string {
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, load average ${loadavg().map((value) => value.toFixed(2)).join(' ')} at the end`;
  const lines = [
    `## Size ${run.size}`,
    '',
    `${new Date().toISOString()} · ${machine}`,
    `Graph: ${run.graph}, ${run.built ? `built by the bulk path: ${describeBuild(run.built)}` : 'built before its build was recorded'}.`,
    `${run.settings}. The size took ${run.runSeconds} s to run.`,
    `Start-up to first answer: ${Object.entries(run.startMs).map(([name, ms]) => `${name} ${ms} ms`).join(', ')}.`,
    '',
    '| workload | Parley req/s | p50 ms | p99 ms | SQL/req | peak RSS MB | usual req/s | usual SQL/req | limit req/s | limit RSS MB | Parley / limit | Parley / usual | same JSON as limit |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const workload of run.workloads) {
    const parley = run.figures.parley?.[workload.id];
    const usual = run.figures.usual?.[workload.id];
    const limit = run.figures.limit?.[workload.id];
    const sql = run.statements[workload.id];
    lines.push(
      `| ${workload.id} ${workload.title} | ${fixed(parley?.requestsPerSecond, 1)} | ${fixed(parley?.p50)} | ${fixed(parley?.p99)} | ${sql?.parley ?? '–'} | ${fixed(parley?.peakRssMb)} | ` +
        `${fixed(usual?.requestsPerSecond, 1)} | ${sql?.usual ?? '–'} | ${fixed(limit?.requestsPerSecond, 1)} | ${fixed(limit?.peakRssMb)} | ` +
        `${ratio(parley?.requestsPerSecond, limit?.requestsPerSecond)} | ${ratio(parley?.requestsPerSecond, usual?.requestsPerSecond)} | ${run.bodiesEqual[workload.id] === undefined ? '–' : run.bodiesEqual[workload.id] ? 'yes' : 'NO'} |`,
    );
  }
  if (run.ingest) lines.push('', ...renderIngest(run.ingest));
  return `${lines.join('\n')}\n`;
}

function renderIngest(ingest: IngestRun): string[] {
  const tenths = (laps: number[]) => `${Math.min(...laps).toFixed(0)}–${Math.max(...laps).toFixed(0)}`;
  const row = (name: string, figures: IngestRun['alone'], reads?: LoadFigures) =>
    `| ${name} | ${figures.articles} | ${figures.articlesPerSecond.toFixed(1)} | ${tenths(figures.laps)} | ${figures.failures} | ${fixed(reads?.requestsPerSecond, 1)} | ${fixed(reads?.p50)} |`;
  return [
    `Ingest through the API (\`ingestArticle\`, one transaction each, on a copy of the graph): generated articles naming two new people, their call and a statement of each, ${ingest.concurrency} sent at a time for ${ingest.seconds} s; alone, then while W1 is loaded with the settings above.`,
    '',
    '| ingest | articles | articles/s | slowest–fastest tenth, articles/s | failures | W1 req/s meanwhile | W1 p50 ms meanwhile |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    row('alone', ingest.alone),
    row('with W1 reads', ingest.withReads.ingest, ingest.withReads.reads),
  ];
}

const HEADER = `# Benchmark results

Written by \`npm run bench\` (bench/src/run.ts); never edited by hand. Each section is the
latest run of one graph size. Parley, the usual way (plain resolvers, one Prisma query per
field) and the limit (hand-written SQL through better-sqlite3, the same JSON) are loaded one
after the other in the same run, over HTTP on loopback with autocannon; figures are medians
of the repetitions. The usual way gets a fresh process for each workload, since it is still
resolving the requests of the last one when autocannon stops waiting for them.
`;

/** Replaces the section of this size in the results file, keeping the others. */
export function writeResults(file: string, run: SizeRun): void {
  const sections = new Map<string, string>();
  if (existsSync(file)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/<!-- size:(\w+) -->\n([\s\S]*?)<!-- \/size:\1 -->/g)) {
      sections.set(match[1] ?? '', match[2] ?? '');
    }
  }
  sections.set(run.size, renderSize(run));
  const ordered = ['S', 'M', 'L'].filter((size) => sections.has(size));
  writeFileSync(file, `${HEADER}\n${ordered.map((size) => `<!-- size:${size} -->\n${sections.get(size)}<!-- /size:${size} -->\n`).join('\n')}`);
}
