import path from 'node:path';
import type { Provider } from './config';

/** The workspace's `prisma/` folder: the model, and SQLite's committed migrations. */
export const PRISMA_DIR = path.resolve(__dirname, '../../../prisma');
/** The one source of truth for the model. */
export const SCHEMA_PATH = path.join(PRISMA_DIR, 'schema.prisma');
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, 'migrations');

/** What `npm run db:postgresql` derives from the model for PostgreSQL (committed, never edited). */
export const POSTGRESQL_DIR = path.join(PRISMA_DIR, 'postgresql');
export const POSTGRESQL_SCHEMA_PATH = path.join(POSTGRESQL_DIR, 'schema.prisma');
export const POSTGRESQL_MIGRATIONS_DIR = path.join(POSTGRESQL_DIR, 'migrations');

export function schemaPathOf(provider: Provider): string {
  return provider === 'sqlite' ? SCHEMA_PATH : POSTGRESQL_SCHEMA_PATH;
}

export function migrationsDirOf(provider: Provider): string {
  return provider === 'sqlite' ? MIGRATIONS_DIR : POSTGRESQL_MIGRATIONS_DIR;
}

/** The curated seed: annotated articles in the corpus format. */
export const SEED_FILES = [path.resolve(__dirname, '../../../data/corpus/seed-000.json')];
