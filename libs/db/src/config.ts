/** The embedded default: a SQLite file in the working directory. */
export const DEFAULT_DATABASE_URL = 'file:./parley.db';

export type DatabaseUrl = { provider: 'sqlite'; url: string; file: string };

/**
 * Reads `DATABASE_URL`: `file:PATH` (relative to the working directory) or `:memory:`.
 * Anything else is refused with a message that says what is accepted.
 */
export function parseDatabaseUrl(value: string | undefined): DatabaseUrl {
  const url = value?.trim() || DEFAULT_DATABASE_URL;
  if (url === ':memory:' || url === 'file::memory:') return { provider: 'sqlite', url: ':memory:', file: ':memory:' };
  if (url.startsWith('file:') && url.length > 'file:'.length) {
    return { provider: 'sqlite', url, file: url.slice('file:'.length) };
  }
  throw new Error(
    `DATABASE_URL "${url}" is not supported: use a SQLite file URL such as ${DEFAULT_DATABASE_URL} (or :memory:).`,
  );
}
