import { PrismaPg } from '@prisma/adapter-pg';
import type { Client, PoolConfig } from 'pg';
import { parseIntoClientConfig } from 'pg-connection-string';
import type { PostgresqlUrl } from './config';

export interface PostgresqlPoolSettings {
  poolSize: number;
  statementTimeoutMs?: number;
  /** The pg client class connections are made with (pg's own by default). */
  Client?: typeof Client;
}

/** How long opening a connection may take before the query fails with a clear error. */
const CONNECT_TIMEOUT_MS = 5_000;

/**
 * A pool of `poolSize` connections to one PostgreSQL server. A statement running past the
 * timeout is cancelled by the server; connections broken by a restart are discarded by the
 * pool, and the next query opens a new one. The URL is given as separate settings, not as
 * a connection string, so the schema engine's shadow database (same server, another
 * database name) really is another database.
 */
export function createPostgresqlAdapterFactory(database: PostgresqlUrl, settings: PostgresqlPoolSettings): PrismaPg {
  return new PrismaPg(postgresqlPoolConfig(database, settings) as ConstructorParameters<typeof PrismaPg>[0]);
}

export function postgresqlPoolConfig(database: PostgresqlUrl, settings: PostgresqlPoolSettings): PoolConfig {
  const config: PoolConfig = {
    ...(parseIntoClientConfig(database.url) as PoolConfig),
    max: settings.poolSize,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
  };
  if (settings.statementTimeoutMs) config.statement_timeout = settings.statementTimeoutMs;
  if (settings.Client) config.Client = settings.Client as unknown as PoolConfig['Client'];
  return config;
}
