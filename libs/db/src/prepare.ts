import { connectDatabase, type Database, type DatabaseOptions } from './client';
import { parseDatabaseUrl } from './config';
import { migrateDatabase } from './migrations/migrate';
import { refreshStatistics } from './read/statistics';
import { loadSeed } from './seed/load-seed';

export interface PreparedDatabase {
  db: Database;
  appliedMigrations: string[];
  seededArticles: number;
}

/**
 * What every start does: create the database if it is missing, apply the migrations it
 * lacks, load the seed when asked (a no-op once loaded), open the client, and gather the
 * planner's statistics when the schema or the data changed.
 */
export async function prepareDatabase(databaseUrl: string | undefined, options: DatabaseOptions & { seed?: boolean } = {}): Promise<PreparedDatabase> {
  const database = parseDatabaseUrl(databaseUrl);
  const appliedMigrations = await migrateDatabase(database);
  const db = await connectDatabase(database, options);
  const writes = options.seed === false ? [] : await loadSeed(db);
  if (appliedMigrations.length > 0 || writes.some((write) => write.article.created)) await refreshStatistics(db);
  return { db, appliedMigrations, seededArticles: writes.filter((write) => write.article.created).length };
}
