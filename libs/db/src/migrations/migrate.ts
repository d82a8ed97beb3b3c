import { parseDatabaseUrl, type DatabaseUrl } from '../config';
import { readMigrationsFolder, writeMigration } from './migrations-folder';
import { NO_FILTERS, readSchemaFile, withSchemaEngine } from './schema-engine';

function toDatabaseUrl(databaseUrl: string | DatabaseUrl | undefined): DatabaseUrl {
  return typeof databaseUrl === 'object' ? databaseUrl : parseDatabaseUrl(databaseUrl);
}

/**
 * Applies the committed migrations that the database has not seen, recording them in
 * `_prisma_migrations` as `prisma migrate deploy` does. Returns the names applied.
 */
export async function migrateDatabase(databaseUrl: string | DatabaseUrl | undefined): Promise<string[]> {
  const migrationsList = await readMigrationsFolder();
  return withSchemaEngine(toDatabaseUrl(databaseUrl), async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return appliedMigrationNames;
  });
}

const EMPTY_MIGRATION = /^\s*(-- This is an empty migration\.\s*)?$/;

/**
 * The SQL that would bring the committed migrations up to `prisma/schema.prisma`, or null
 * when they already match (replayed on an in-memory shadow database).
 */
export async function pendingSchemaChanges(): Promise<string | null> {
  const [migrationsList, schema] = await Promise.all([readMigrationsFolder(), readSchemaFile()]);
  const { stdout } = await withSchemaEngine(parseDatabaseUrl(':memory:'), (engine) =>
    engine.diff({
      from: migrationsList.migrationDirectories.length === 0 ? { tag: 'empty' } : { tag: 'migrations', ...migrationsList },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    }),
  );
  return stdout && !EMPTY_MIGRATION.test(stdout) ? stdout : null;
}

/** Writes a migration for the schema changes not yet migrated; null when there are none. */
export async function createMigration(name: string): Promise<string | null> {
  const script = await pendingSchemaChanges();
  return script === null ? null : writeMigration(name, script, 'sqlite');
}
