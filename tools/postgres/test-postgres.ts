// `npm run test:postgres`: starts a throwaway PostgreSQL primary and streaming standby from
// the machine's binaries, runs the database-facing and API suites against them, and stops
// them whatever the outcome. Without PostgreSQL binaries it says so and fails.
import { spawn, type ChildProcess } from 'node:child_process';
import { findPostgresqlBinaries, startThrowawayCluster } from '../../libs/db/src/testing/postgresql-server';

/** The suites that talk to a database, with their Jest configurations. */
const SUITES = ['libs/db', 'libs/ingest', 'apps/api'];

let running: ChildProcess | undefined;

function jest(config: string, env: NodeJS.ProcessEnv, extra: string[]): Promise<number> {
  return new Promise((resolve) => {
    running = spawn(process.execPath, ['node_modules/jest/bin/jest.js', '-c', `${config}/jest.config.js`, ...extra], { stdio: 'inherit', env });
    running.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  const binDir = findPostgresqlBinaries();
  if (!binDir) {
    console.error(
      'test:postgres needs PostgreSQL server binaries (initdb, pg_ctl, postgres, pg_basebackup): none in $PG_BIN or /usr/lib/postgresql/*/bin. Install Debian\'s postgresql package or set PG_BIN.',
    );
    return 1;
  }
  const port = Number(process.env['PARLEY_PG_PORT'] ?? 5440);
  const started = Date.now();
  const cluster = await startThrowawayCluster(binDir, port, { standby: true });
  const stopOnSignal = () => {
    running?.kill('SIGTERM');
    void cluster.stop().then(() => process.exit(130));
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  console.log(`PostgreSQL primary on ${cluster.primary.url}, standby on ${cluster.standby?.url} (${binDir})`);
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: cluster.primary.url,
      PARLEY_TEST_REPLICA_URL: cluster.standby?.url,
      PARLEY_TEST_PG_BIN: binDir,
      PARLEY_TEST_PG_DATA: cluster.primary.dataDir,
    };
    // Databases on a server take longer to create and seed than SQLite files.
    const extra = ['--testTimeout=60000', ...process.argv.slice(2)];
    const failed: string[] = [];
    for (const suite of SUITES) {
      const suiteStarted = Date.now();
      if ((await jest(suite, env, extra)) !== 0) failed.push(suite);
      console.log(`${suite} on PostgreSQL: ${((Date.now() - suiteStarted) / 1000).toFixed(1)} s`);
    }
    console.log(`test:postgres: ${SUITES.length - failed.length}/${SUITES.length} suites passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (failed.length) console.error(`Failed on PostgreSQL: ${failed.join(', ')}`);
    return failed.length ? 1 : 0;
  } finally {
    await cluster.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
