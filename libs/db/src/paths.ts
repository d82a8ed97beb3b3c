import path from 'node:path';

/** The workspace's `prisma/` folder: the schema and the committed migrations. */
export const PRISMA_DIR = path.resolve(__dirname, '../../../prisma');
export const SCHEMA_PATH = path.join(PRISMA_DIR, 'schema.prisma');
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, 'migrations');

/** The curated seed: annotated articles in the corpus format. */
export const SEED_FILES = [path.resolve(__dirname, '../../../data/corpus/seed-000.json')];
