import { existsSync } from 'node:fs';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { parseIntoClientConfig } from 'pg-connection-string';
import type { DatabaseUrl } from '../config';

/** The migrations a database has applied in full, as `_prisma_migrations` records them. */
export const APPLIED_MIGRATIONS_SQL = 'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL';

function appliedInSqlite(file: string): string[] | null {
  if (file === ':memory:' || !existsSync(file)) return null;
  const db = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare<[], { migration_name: string }>(APPLIED_MIGRATIONS_SQL).all().map((row) => row.migration_name);
  } catch {
    return null;
  } finally {
    db.close();
  }
}

async function appliedInPostgresql(url: string): Promise<string[] | null> {
  const client = new pg.Client(parseIntoClientConfig(url) as pg.ClientConfig);
  try {
    await client.connect();
    const { rows } = await client.query<{ migration_name: string }>(APPLIED_MIGRATIONS_SQL);
    return rows.map((row) => row.migration_name);
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Whether the database has applied every one of these migrations, read from its
 * `_prisma_migrations` table with a plain connection. The schema engine is WebAssembly
 * that a start would otherwise load every time, so it runs only when this says no
 * (a missing database or table, a failed or pending migration).
 */
export async function appliedAll(database: DatabaseUrl, migrationNames: readonly string[]): Promise<boolean> {
  const applied = database.provider === 'sqlite' ? appliedInSqlite(database.file) : await appliedInPostgresql(database.url);
  if (applied === null) return false;
  const names = new Set(applied);
  return migrationNames.every((name) => names.has(name));
}
