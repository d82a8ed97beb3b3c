import { readWholeNumberSetting } from '@parley/domain';
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

export function readConnectionSettings(env: NodeJS.ProcessEnv = process.env): ConnectionSettings {
  const defaults = DEFAULT_CONNECTION_SETTINGS;
  return {
    replicaUrls: (env['DATABASE_REPLICA_URLS'] ?? '').split(',').map((url) => url.trim()).filter(Boolean),
    poolSize: readWholeNumberSetting(env, 'DATABASE_POOL_SIZE', defaults.poolSize, 1),
    statementTimeoutMs: readWholeNumberSetting(env, 'DATABASE_STATEMENT_TIMEOUT_MS', defaults.statementTimeoutMs, 1),
    busyTimeoutMs: readWholeNumberSetting(env, 'DATABASE_BUSY_TIMEOUT_MS', defaults.busyTimeoutMs, 1),
    writeQueueLimit: readWholeNumberSetting(env, 'DATABASE_WRITE_QUEUE', defaults.writeQueueLimit, 1),
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
