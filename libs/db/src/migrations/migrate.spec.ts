import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPrismaClient } from '../client';
import { migrateDatabase, pendingSchemaChanges } from './migrate';

describe('migrations', () => {
  it('match prisma/schema.prisma: replaying them leaves nothing to migrate', async () => {
    expect(await pendingSchemaChanges()).toBeNull();
  });

  it('create a database from nothing, record themselves, and apply nothing the second time', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'parley-migrate-'));
    const url = `file:${path.join(dir, 'fresh.db')}`;
    try {
      const first = await migrateDatabase(url);
      const second = await migrateDatabase(url);
      expect(first.length).toBeGreaterThan(0);
      expect(second).toEqual([]);

      const db = createPrismaClient(url);
      const recorded = await db.$queryRawUnsafe<Array<{ migration_name: string; finished_at: string | null }>>(
        'SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name',
      );
      expect(recorded.map((row) => row.migration_name)).toEqual(first);
      expect(recorded.every((row) => row.finished_at !== null)).toBe(true);
      expect(await db.person.count()).toBe(0);
      await db.$disconnect();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a DATABASE_URL that is not a SQLite file, saying what is accepted', async () => {
    await expect(migrateDatabase('mysql://localhost/parley')).rejects.toThrow(
      'DATABASE_URL "mysql://localhost/parley" is not supported: use a SQLite file URL such as file:./parley.db (or :memory:).',
    );
  });
});
