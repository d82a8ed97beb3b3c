import { existsSync } from 'node:fs';
import { connectDatabase, migrateDatabase, parseDatabaseUrl, type Database } from '@parley/db';
import type { ChosenDatabase } from './database';

/**
 * Opens a database that must already exist (to read or retract from), applying any
 * migration it lacks; a missing SQLite file is an error rather than a new empty database.
 */
export async function openExistingDatabase(database: ChosenDatabase): Promise<Database> {
  const parsed = parseDatabaseUrl(database.url);
  if (parsed.provider === 'sqlite' && parsed.file !== ':memory:' && !existsSync(parsed.file)) {
    throw new Error(`no database at ${database.location}${database.note ? ` (${database.note})` : ''}: ingest articles first, or name one with --database`);
  }
  await migrateDatabase(parsed);
  return connectDatabase(parsed);
}
