import { createPrismaClient } from '../client';
import { createEmptyDatabase, testEngine } from '../testing';
import { migrateDatabase, pendingSchemaChanges, postgresqlSchemas } from './migrate';

describe('migrations', () => {
  it('of SQLite match prisma/schema.prisma: replaying them leaves nothing to migrate', async () => {
    expect(await pendingSchemaChanges()).toBeNull();
  }, 60_000);

  it('of PostgreSQL come from the current model: prisma/postgresql/schema.prisma is what `npm run db:postgresql` derives now', async () => {
    const { derived, committed } = await postgresqlSchemas();
    expect(committed).toBe(derived);
  });

  (testEngine() === 'postgresql' ? it : it.skip)('of PostgreSQL match the model: replaying them on a shadow database leaves nothing to migrate', async () => {
    expect(await pendingSchemaChanges(process.env['DATABASE_URL'])).toBeNull();
  }, 60_000);

  it(`create a ${testEngine()} database from nothing, record themselves, and apply nothing the second time`, async () => {
    const empty = await createEmptyDatabase();
    try {
      const first = await migrateDatabase(empty.url);
      const second = await migrateDatabase(empty.url);
      expect(first.length).toBeGreaterThan(0);
      expect(second).toEqual([]);

      const db = createPrismaClient(empty.url);
      const recorded = await db.$queryRawUnsafe<Array<{ migration_name: string; finished_at: unknown }>>(
        'SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name',
      );
      expect(recorded.map((row) => row.migration_name)).toEqual(first);
      expect(recorded.every((row) => row.finished_at !== null)).toBe(true);
      expect(await db.person.count()).toBe(0);
      await db.$disconnect();
    } finally {
      await empty.remove();
    }
  }, 60_000);

  it('refuses a DATABASE_URL of another engine, saying what is accepted', async () => {
    await expect(migrateDatabase('mysql://localhost/parley')).rejects.toThrow(
      'DATABASE_URL "mysql://localhost/parley" is not supported: use a SQLite file URL such as file:./parley.db (or :memory:), or a PostgreSQL URL such as postgresql://parley@localhost:5432/parley.',
    );
  });
});
