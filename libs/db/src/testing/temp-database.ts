import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { disconnectDatabase, type Database } from '../client';
import { parseDatabaseUrl } from '../config';
import { prepareDatabase } from '../prepare';
import { createScratchDatabase } from './postgresql-database';

export interface TempDatabase {
  db: Database;
  url: string;
  /** Every SQL statement sent since the last `sql.splice(0)`. */
  sql: string[];
  close(): Promise<void>;
}

/** Where test databases live: a PostgreSQL server when `DATABASE_URL` names one, else SQLite files. */
export function testEngine(): 'sqlite' | 'postgresql' {
  const url = process.env['DATABASE_URL'];
  return url && parseDatabaseUrl(url).provider === 'postgresql' ? 'postgresql' : 'sqlite';
}

/** An empty database for one test: a file in a temporary folder, or a new database on the test PostgreSQL server. */
export async function createEmptyDatabase(): Promise<{ url: string; remove(): Promise<void> }> {
  const serverUrl = process.env['DATABASE_URL'];
  if (serverUrl && testEngine() === 'postgresql') {
    const scratch = await createScratchDatabase(serverUrl);
    return { url: scratch.url, remove: scratch.drop };
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'parley-test-'));
  return { url: `file:${path.join(dir, 'parley.db')}`, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * A fresh database, migrated and seeded the way a start-up does it, opened as the
 * process's database: a SQLite file, or, when `DATABASE_URL` names a PostgreSQL server
 * (as under `npm run test:postgres`), a new database on it. `close` disconnects and removes it.
 */
export async function openTempDatabase(options: { seed?: boolean } = {}): Promise<TempDatabase> {
  const empty = await createEmptyDatabase();
  const sql: string[] = [];
  const { db } = await prepareDatabase(empty.url, { seed: options.seed ?? true, onQuery: (statement) => sql.push(statement) });
  return {
    db,
    url: empty.url,
    sql,
    close: async () => {
      await disconnectDatabase();
      await empty.remove();
    },
  };
}
