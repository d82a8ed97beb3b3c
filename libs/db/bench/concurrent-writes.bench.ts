// Concurrent writers: `npx tsx libs/db/bench/concurrent-writes.bench.ts [WRITERS] [ARTICLES]`
// starts WRITERS processes (default 4) that each write ARTICLES articles (default 50) at
// once, on a fresh SQLite file and on a fresh database of a throwaway PostgreSQL server
// (PostgreSQL is skipped, saying so, without its binaries), and prints writes per second,
// failures, and whether the shared facts were merged into one row each.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { createPrismaClient, migrateDatabase } from '../src';
import { createEmptyDatabase, createScratchDatabase, findPostgresqlBinaries, startThrowawayCluster } from '../src/testing';

const run = promisify(execFile);
const TSX = require.resolve('tsx/cli');
const WRITER = path.join(__dirname, 'writer.ts');

async function measure(engine: string, url: string, writers: number, articles: number): Promise<void> {
  await migrateDatabase(url);
  const started = process.hrtime.bigint();
  const outputs = await Promise.all(
    Array.from({ length: writers }, (_, writer) => run(process.execPath, [TSX, WRITER, url, String(writer), String(articles)], { maxBuffer: 64 * 1024 * 1024 })),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const tallies = outputs.map(
    ({ stdout }) => JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { written: number; failed: number; errors: string[]; startedAt: number; finishedAt: number },
  );
  // From the first write of any writer to the last: the time the writers really overlapped.
  const writingSeconds = (Math.max(...tallies.map((tally) => tally.finishedAt)) - Math.min(...tallies.map((tally) => tally.startedAt))) / 1000;
  const written = tallies.reduce((sum, tally) => sum + tally.written, 0);
  const failed = tallies.reduce((sum, tally) => sum + tally.failed, 0);

  const db = createPrismaClient(url);
  const stored = await db.article.count();
  const people = await db.person.groupBy({ by: ['nameKey'], _count: { _all: true } });
  const duplicatedPeople = people.filter((group) => group._count._all > 1).length;
  await db.$disconnect();

  console.log(
    `${engine.padEnd(10)} ${writers} writer processes × ${articles} articles: ${written} written, ${failed} failed, ${stored} stored, ` +
      `${(written / writingSeconds).toFixed(1)} writes/s while writing (${writingSeconds.toFixed(1)} s; ${seconds.toFixed(1)} s with process start-up); ` +
      `${people.length} people, ${duplicatedPeople} duplicated`,
  );
  for (const error of new Set(tallies.flatMap((tally) => tally.errors))) console.log(`  failure: ${error}`);
}

async function main(): Promise<void> {
  const writers = Number(process.argv[2] ?? 4);
  const articles = Number(process.argv[3] ?? 50);

  delete process.env['DATABASE_URL'];
  const sqlite = await createEmptyDatabase();
  try {
    await measure('sqlite', sqlite.url, writers, articles);
  } finally {
    await sqlite.remove();
  }

  const binDir = findPostgresqlBinaries();
  if (!binDir) {
    console.log('postgresql skipped: no PostgreSQL binaries in $PG_BIN or /usr/lib/postgresql/*/bin');
    return;
  }
  const cluster = await startThrowawayCluster(binDir, Number(process.env['PARLEY_PG_PORT'] ?? 5444));
  try {
    const scratch = await createScratchDatabase(cluster.primary.url);
    await measure('postgresql', scratch.url, writers, articles);
  } finally {
    await cluster.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
