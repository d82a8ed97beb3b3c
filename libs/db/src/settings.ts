import { parseDatabaseUrl, type DatabaseUrl, type PostgresqlUrl } from './config';

/** How Parley talks to its database beyond the URL, read from the environment at start-up. */
export interface ConnectionSettings {
  /** `DATABASE_REPLICA_URLS` (comma-separated): PostgreSQL standbys that serve reads. */
  replicaUrls: string[];
  /** `DATABASE_POOL_SIZE`: connections per process to each PostgreSQL server. */
  poolSize: number;
  /** `DATABASE_STATEMENT_TIMEOUT_MS`: PostgreSQL cancels any statement running longer. */
  statementTimeoutMs: number;
  /** `DATABASE_BUSY_TIMEOUT_MS`: how long a write waits for the write lock before DATABASE_BUSY. */
  busyTimeoutMs: number;
  /** `DATABASE_WRITE_QUEUE`: writes of one process that may wait for the lock; one more gets DATABASE_BUSY at once. */
  writeQueueLimit: number;
}

export const DEFAULT_CONNECTION_SETTINGS: ConnectionSettings = {
  replicaUrls: [],
  poolSize: 10,
  statementTimeoutMs: 30_000,
  busyTimeoutMs: 60_000,
  writeQueueLimit: 256,
};

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Error(`${name} "${raw}" is not a positive whole number.`);
  return Number(raw);
}

export function readConnectionSettings(env: NodeJS.ProcessEnv = process.env): ConnectionSettings {
  const defaults = DEFAULT_CONNECTION_SETTINGS;
  return {
    replicaUrls: (env['DATABASE_REPLICA_URLS'] ?? '').split(',').map((url) => url.trim()).filter(Boolean),
    poolSize: positiveInteger(env, 'DATABASE_POOL_SIZE', defaults.poolSize),
    statementTimeoutMs: positiveInteger(env, 'DATABASE_STATEMENT_TIMEOUT_MS', defaults.statementTimeoutMs),
    busyTimeoutMs: positiveInteger(env, 'DATABASE_BUSY_TIMEOUT_MS', defaults.busyTimeoutMs),
    writeQueueLimit: positiveInteger(env, 'DATABASE_WRITE_QUEUE', defaults.writeQueueLimit),
  };
}

/** The replicas' URLs, refused unless the primary and every replica are PostgreSQL. */
export function parseReplicaUrls(primary: DatabaseUrl, urls: string[]): PostgresqlUrl[] {
  if (urls.length > 0 && primary.provider !== 'postgresql') {
    throw new Error('DATABASE_REPLICA_URLS needs a PostgreSQL DATABASE_URL: SQLite has no replicas.');
  }
  return urls.map((url) => {
    const replica = parseDatabaseUrl(url);
    if (replica.provider !== 'postgresql') throw new Error(`DATABASE_REPLICA_URLS: "${url}" is not a PostgreSQL URL.`);
    return replica;
  });
}
