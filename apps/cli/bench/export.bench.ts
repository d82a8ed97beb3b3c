// Export rate and peak memory: `npx tsx apps/cli/bench/export.bench.ts [QUOTES...]` builds a
// graph of each size (default 100,000 and 1,000,000 quotations), runs `parley export
// statements` over it as CSV and as JSON Lines into /dev/null, and prints rows per second
// and the export process's peak resident memory. Constant memory shows as the same peak
// at every size.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { disconnectDatabase, prepareDatabase } from '@parley/db';
import { generateGraph } from './generate-graph';

const ROOT = path.resolve(__dirname, '../../..');

function runExport(databaseUrl: string, format: string): { rows: number; seconds: number; maxRssMiB: number } {
  const result = spawnSync(process.execPath, ['--require', 'tsx/cjs', path.join(__dirname, 'export-run.ts'), 'export', 'statements', '--format', format, '--database', databaseUrl], {
    cwd: ROOT,
    env: { ...process.env, TSX_TSCONFIG_PATH: path.join(ROOT, 'tsconfig.json') },
    stdio: ['ignore', openSync('/dev/null', 'w'), 'pipe'],
    encoding: 'utf8',
  });
  const lines = result.stderr.trim().split('\n');
  const figures = JSON.parse(lines[lines.length - 1] ?? '{}') as { code: number; seconds: number; maxRssMiB: number };
  const rows = Number(/Exported (\d+) statements/.exec(result.stderr)?.[1] ?? NaN);
  if (figures.code !== 0 || Number.isNaN(rows)) throw new Error(`export failed:\n${result.stderr}`);
  return { rows, seconds: figures.seconds, maxRssMiB: figures.maxRssMiB };
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number);
  for (const quotes of sizes.length ? sizes : [100_000, 1_000_000]) {
    const dir = await mkdtemp(path.join(tmpdir(), 'parley-export-bench-'));
    const file = path.join(dir, 'bench.db');
    await prepareDatabase(`file:${file}`, { seed: false });
    await disconnectDatabase();
    const generating = process.hrtime.bigint();
    generateGraph(file, quotes);
    process.stdout.write(`${quotes.toLocaleString('en')} quotations generated in ${(Number(process.hrtime.bigint() - generating) / 1e9).toFixed(1)} s\n`);
    for (const format of ['csv', 'jsonl']) {
      const { rows, seconds, maxRssMiB } = runExport(`file:${file}`, format);
      process.stdout.write(`  export statements --format ${format.padEnd(5)} ${rows.toLocaleString('en')} rows in ${seconds.toFixed(1)} s · ${Math.round(rows / seconds).toLocaleString('en')} rows/s · peak RSS ${maxRssMiB.toFixed(0)} MiB\n`);
    }
    await rm(dir, { recursive: true, force: true });
  }
}

void main();
