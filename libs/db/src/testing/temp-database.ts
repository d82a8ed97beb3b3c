import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { disconnectDatabase, type Database } from '../client';
import { prepareDatabase } from '../prepare';

export interface TempDatabase {
  db: Database;
  url: string;
  /** Every SQL statement sent since the last `sql.splice(0)`. */
  sql: string[];
  close(): Promise<void>;
}

/**
 * A fresh SQLite file in a temporary folder, migrated and seeded the way a start-up does
 * it, opened as the process's database. `close` disconnects and deletes it.
 */
export async function openTempDatabase(options: { seed?: boolean } = {}): Promise<TempDatabase> {
  const dir = await mkdtemp(path.join(tmpdir(), 'parley-test-'));
  const url = `file:${path.join(dir, 'parley.db')}`;
  const sql: string[] = [];
  const { db } = await prepareDatabase(url, { seed: options.seed ?? true, onQuery: (statement) => sql.push(statement) });
  return {
    db,
    url,
    sql,
    close: async () => {
      await disconnectDatabase();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
