import { readFile, writeFile } from 'node:fs/promises';
import { parseDatabaseUrl, toDatabaseUrl, type DatabaseUrl } from '../config';
import { migrationsDirOf, POSTGRESQL_MIGRATIONS_DIR, POSTGRESQL_SCHEMA_PATH } from '../paths';
import { appliedAll } from './applied-migrations';
import { readMigrationsFolder, writeMigration } from './migrations-folder';
import { oneMigratorAtATime } from './migration-lock';
import { derivePostgresqlSchema } from './postgresql-schema';
import { schemaFilters, readSchemaFile, withSchemaEngine } from './schema-engine';

/**
 * Applies the committed migrations of the database's engine that it has not seen,
 * recording them in `_prisma_migrations` as `prisma migrate deploy` does. Returns the names applied.
 */
export async function migrateDatabase(databaseUrl: string | DatabaseUrl | undefined): Promise<string[]> {
  const database = toDatabaseUrl(databaseUrl);
  const migrationsList = await readMigrationsFolder(migrationsDirOf(database.provider));
  if (await appliedAll(database, migrationsList.migrationDirectories.map((migration) => migration.path))) return [];
  const apply = () =>
    withSchemaEngine(database, async (engine) => {
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: schemaFilters(database.provider) });
      return appliedMigrationNames;
    });
  // Several API replicas starting at once on one server migrate one after the other.
  return database.provider === 'postgresql' ? oneMigratorAtATime(database.url, apply) : apply();
}

const EMPTY_MIGRATION = /^\s*(-- This is an empty migration\.\s*)?$/;

function scriptOrNull(stdout: string | null | undefined): string | null {
  return stdout && !EMPTY_MIGRATION.test(stdout) ? stdout : null;
}

/**
 * The SQL that would bring an engine's committed migrations up to its model, or null when
 * they already match. SQLite replays them on an in-memory shadow database; PostgreSQL on a
 * shadow database created (and dropped) on the server of `postgresqlUrl`.
 */
export async function pendingSchemaChanges(postgresqlUrl?: string): Promise<string | null> {
  const database = postgresqlUrl ? parseDatabaseUrl(postgresqlUrl) : parseDatabaseUrl(':memory:');
  const [migrationsList, schema] = await Promise.all([readMigrationsFolder(migrationsDirOf(database.provider)), readSchemaFile(database.provider)]);
  const { stdout } = await withSchemaEngine(database, (engine) =>
    engine.diff({
      from: migrationsList.migrationDirectories.length === 0 ? { tag: 'empty' } : { tag: 'migrations', ...migrationsList },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: null,
      filters: schemaFilters(database.provider),
    }),
  );
  return scriptOrNull(stdout);
}

/** Writes a SQLite migration for the model changes not yet migrated; null when there are none. */
export async function createMigration(name: string): Promise<string | null> {
  const script = await pendingSchemaChanges();
  return script === null ? null : writeMigration(name, script, 'sqlite');
}

async function readOptional(file: string): Promise<string | null> {
  return readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
}

/** The PostgreSQL model as derived now, and as committed (null before the first derivation). */
export async function postgresqlSchemas(): Promise<{ derived: string; committed: string | null }> {
  const source = await readSchemaFile('sqlite');
  return { derived: derivePostgresqlSchema(source.content), committed: await readOptional(POSTGRESQL_SCHEMA_PATH) };
}

/** The name part of the newest SQLite migration (`20261124234343_init` → `init`). */
async function newestSqliteMigrationName(): Promise<string> {
  const { migrationDirectories } = await readMigrationsFolder(migrationsDirOf('sqlite'));
  const newest = migrationDirectories.at(-1)?.path ?? 'init';
  return newest.replace(/^\d+_/, '');
}

/**
 * Derives what PostgreSQL needs from the model: rewrites prisma/postgresql/schema.prisma and,
 * when the model changed since the last derivation, writes the PostgreSQL migration that
 * takes the old model to the new one. Returns the migration folder written, if any.
 */
export async function derivePostgresql(): Promise<{ schemaChanged: boolean; migration: string | null }> {
  const { derived, committed } = await postgresqlSchemas();
  const script = await withSchemaEngine(
    'offline-postgresql',
    async (engine) => {
      const { stdout } = await engine.diff({
        from: committed === null ? { tag: 'empty' } : { tag: 'schemaDatamodel', files: [{ path: POSTGRESQL_SCHEMA_PATH, content: committed }] },
        to: { tag: 'schemaDatamodel', files: [{ path: POSTGRESQL_SCHEMA_PATH, content: derived }] },
        script: true,
        exitCode: null,
        filters: schemaFilters('postgresql'),
      });
      return scriptOrNull(stdout);
    },
    { path: POSTGRESQL_SCHEMA_PATH, content: derived },
  );
  const migration = script === null ? null : await writeMigration(await newestSqliteMigrationName(), script, 'postgresql', POSTGRESQL_MIGRATIONS_DIR);
  if (derived !== committed) await writeFile(POSTGRESQL_SCHEMA_PATH, derived);
  return { schemaChanged: derived !== committed, migration };
}
