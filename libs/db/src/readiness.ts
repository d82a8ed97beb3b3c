import type { Database } from './client';
import { readMigrationsFolder } from './migrations/migrations-folder';

let committed: Promise<string[]> | undefined;

/** The committed migrations the database has not applied; empty when it is ready to serve. */
export async function unappliedMigrations(db: Database): Promise<string[]> {
  committed ??= readMigrationsFolder().then((folder) => folder.migrationDirectories.map((migration) => migration.path));
  const rows = await db.$queryRaw<Array<{ migration_name: string }>>`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  const applied = new Set(rows.map((row) => row.migration_name));
  return (await committed).filter((name) => !applied.has(name));
}
