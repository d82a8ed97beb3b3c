import { findPostgresqlBinaries, startThrowawayCluster } from '@parley/db/testing';

export type Engine = 'SQLite' | 'PostgreSQL';

/**
 * Runs `work` on a SQLite file, then on a throwaway PostgreSQL server started from the
 * machine's binaries (on PARLEY_PG_PORT, 5440 by default) and stopped afterwards. Without
 * PostgreSQL binaries it says so and measures SQLite alone.
 */
export async function onEachEngine(work: (engine: Engine) => Promise<void>): Promise<void> {
  const given = process.env['DATABASE_URL'];
  delete process.env['DATABASE_URL'];
  await work('SQLite');
  const binDir = findPostgresqlBinaries();
  if (!binDir) {
    console.log('PostgreSQL: no server binaries in $PG_BIN or /usr/lib/postgresql/*/bin; not measured.');
    return;
  }
  const cluster = await startThrowawayCluster(binDir, Number(process.env['PARLEY_PG_PORT'] ?? 5440));
  try {
    process.env['DATABASE_URL'] = cluster.primary.url;
    await work('PostgreSQL');
  } finally {
    await cluster.stop();
    if (given === undefined) delete process.env['DATABASE_URL'];
    else process.env['DATABASE_URL'] = given;
  }
}
