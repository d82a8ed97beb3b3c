/** The embedded default: a SQLite file in the working directory. */
export const DEFAULT_DATABASE_URL = 'file:./parley.db';

export type Provider = 'sqlite' | 'postgresql';

export type SqliteUrl = { provider: 'sqlite'; url: string; file: string };
export type PostgresqlUrl = { provider: 'postgresql'; url: string };
export type DatabaseUrl = SqliteUrl | PostgresqlUrl;

const POSTGRESQL_SCHEMES = ['postgresql://', 'postgres://'];

/**
 * Reads `DATABASE_URL`, the one place the engine is chosen: `postgresql://…` (or
 * `postgres://…`) runs on PostgreSQL; `file:PATH` (relative to the working directory),
 * `:memory:` or nothing runs on SQLite. Anything else is refused, saying what is accepted.
 */
export function parseDatabaseUrl(value: string | undefined): DatabaseUrl {
  const url = value?.trim() || DEFAULT_DATABASE_URL;
  if (url === ':memory:' || url === 'file::memory:') return { provider: 'sqlite', url: ':memory:', file: ':memory:' };
  if (url.startsWith('file:') && url.length > 'file:'.length) {
    return { provider: 'sqlite', url, file: url.slice('file:'.length) };
  }
  if (POSTGRESQL_SCHEMES.some((scheme) => url.startsWith(scheme) && url.length > scheme.length)) {
    return { provider: 'postgresql', url };
  }
  throw new Error(
    `DATABASE_URL "${redactPassword(url)}" is not supported: use a SQLite file URL such as ${DEFAULT_DATABASE_URL} (or :memory:), or a PostgreSQL URL such as postgresql://parley@localhost:5432/parley.`,
  );
}

export function toDatabaseUrl(databaseUrl: string | DatabaseUrl | undefined): DatabaseUrl {
  return typeof databaseUrl === 'object' ? databaseUrl : parseDatabaseUrl(databaseUrl);
}

/** The URL with its password masked, fit for messages and logs. */
export function redactPassword(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/@]+):[^@/]*@/i, '$1:***@');
}
