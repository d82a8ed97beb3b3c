import { providerOf, type Database } from './client';
import type { Provider } from './config';
import { APPLIED_MIGRATIONS_SQL } from './migrations/applied-migrations';
import { readMigrationsFolder } from './migrations/migrations-folder';
import { migrationsDirOf } from './paths';

const committed = new Map<Provider, Promise<string[]>>();

function committedMigrations(provider: Provider): Promise<string[]> {
  let names = committed.get(provider);
  if (!names) {
    names = readMigrationsFolder(migrationsDirOf(provider)).then((folder) => folder.migrationDirectories.map((migration) => migration.path));
    committed.set(provider, names);
  }
  return names;
}

/** The committed migrations of the database's engine that it has not applied; empty when it is ready to serve. */
export async function unappliedMigrations(db: Database): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<Array<{ migration_name: string }>>(APPLIED_MIGRATIONS_SQL);
  const applied = new Set(rows.map((row) => row.migration_name));
  return (await committedMigrations(providerOf(db))).filter((name) => !applied.has(name));
}
