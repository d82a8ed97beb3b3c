import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { appendFile, chmod, chown, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** PostgreSQL refuses to run as root; a root caller runs its binaries as this account. */
const SERVER_ACCOUNT = 'postgres';
const REQUIRED_BINARIES = ['initdb', 'pg_ctl', 'postgres', 'pg_basebackup'];

/** The folder holding initdb, pg_ctl, postgres and pg_basebackup: `PG_BIN`, or Debian's newest /usr/lib/postgresql/N/bin. */
export function findPostgresqlBinaries(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = env['PG_BIN'] ? [env['PG_BIN']] : debianBinaryFolders();
  return candidates.find((dir) => REQUIRED_BINARIES.every((binary) => existsSync(path.join(dir, binary)))) ?? null;
}

function debianBinaryFolders(): string[] {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((version) => /^\d+$/.test(version))
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => path.join(root, version, 'bin'));
}

export interface PostgresqlNode {
  port: number;
  dataDir: string;
  /** A URL to the `postgres` database of this server, as the superuser `parley`. */
  url: string;
}

export interface ThrowawayCluster {
  primary: PostgresqlNode;
  standby?: PostgresqlNode;
  /** Stops (`-m fast`) and starts the primary again, as an operator restarting it would. */
  restartPrimary(): Promise<void>;
  stop(): Promise<void>;
}

/** The parts a test needs to restart a cluster started by another process. */
export interface ClusterHandle {
  binDir: string;
  dataDir: string;
}

const asRoot = userInfo().uid === 0;

async function pg(binDir: string, binary: string, args: string[]): Promise<string> {
  const file = path.join(binDir, binary);
  const [command, argv] = asRoot ? ['runuser', ['-u', SERVER_ACCOUNT, '--', file, ...args]] : [file, args];
  const { stdout } = await run(command, argv, { maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

async function ownedByServer(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  if (!asRoot) return;
  const { stdout } = await run('id', ['-u', SERVER_ACCOUNT]);
  const { stdout: group } = await run('id', ['-g', SERVER_ACCOUNT]);
  await chown(dir, Number(stdout.trim()), Number(group.trim()));
}

const SERVER_SETTINGS = (port: number, socketDir: string) => `
listen_addresses = '127.0.0.1'
port = ${port}
unix_socket_directories = '${socketDir}'
max_connections = 300
wal_level = replica
max_wal_senders = 4
hot_standby = on
fsync = off
synchronous_commit = off
full_page_writes = off
log_min_messages = warning
`;

export function startNode(binDir: string, dataDir: string): Promise<string> {
  return pg(binDir, 'pg_ctl', ['start', '-w', '-t', '60', '-D', dataDir, '-l', path.join(dataDir, 'server.log')]);
}

export function stopNode(binDir: string, dataDir: string, mode: 'fast' | 'immediate' = 'fast'): Promise<string> {
  return pg(binDir, 'pg_ctl', ['stop', '-w', '-D', dataDir, '-m', mode]);
}

function nodeAt(dataDir: string, port: number): PostgresqlNode {
  return { port, dataDir, url: `postgresql://parley@127.0.0.1:${port}/postgres` };
}

/**
 * A PostgreSQL primary in a new temporary folder, trusting local connections, on loopback
 * port `port`, and with `standby`, a streaming standby cloned by `pg_basebackup -R` on
 * `port + 1`. Tuned for tests (no fsync): never for data anyone keeps.
 */
export async function startThrowawayCluster(binDir: string, port: number, options: { standby?: boolean } = {}): Promise<ThrowawayCluster> {
  const root = await mkdtemp(path.join(tmpdir(), 'parley-postgresql-'));
  await chmod(root, 0o755);
  const primaryDir = path.join(root, 'primary');
  const standbyDir = path.join(root, 'standby');
  const started: string[] = [];
  const stop = async () => {
    for (const dir of started.reverse()) await stopNode(binDir, dir, 'immediate').catch(() => undefined);
    started.length = 0;
    await rm(root, { recursive: true, force: true });
  };
  try {
    await ownedByServer(primaryDir);
    await pg(binDir, 'initdb', ['-D', primaryDir, '-U', 'parley', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
    await appendFile(path.join(primaryDir, 'postgresql.conf'), SERVER_SETTINGS(port, primaryDir));
    await appendFile(path.join(primaryDir, 'pg_hba.conf'), 'host replication parley 127.0.0.1/32 trust\n');
    await startNode(binDir, primaryDir);
    started.push(primaryDir);
    let standby: PostgresqlNode | undefined;
    if (options.standby) {
      await ownedByServer(standbyDir);
      await pg(binDir, 'pg_basebackup', ['-h', '127.0.0.1', '-p', String(port), '-U', 'parley', '-D', standbyDir, '-R', '-X', 'stream', '--no-sync']);
      await appendFile(path.join(standbyDir, 'postgresql.conf'), SERVER_SETTINGS(port + 1, standbyDir));
      await startNode(binDir, standbyDir);
      started.push(standbyDir);
      standby = nodeAt(standbyDir, port + 1);
    }
    return {
      primary: nodeAt(primaryDir, port),
      standby,
      restartPrimary: async () => {
        await stopNode(binDir, primaryDir);
        await startNode(binDir, primaryDir);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
