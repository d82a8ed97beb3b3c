import Sqlite from 'better-sqlite3';
import { createPrismaClient, logQuery, providerOf, sqliteDriverOf, type Database } from './client';
import { createEmptyDatabase, testEngine } from './testing';
import { migrateDatabase } from './migrations/migrate';

const onSqlite = testEngine() === 'sqlite' ? describe : describe.skip;

onSqlite('SQLite writes waiting for the write lock', () => {
  let url: string;
  let remove: () => Promise<void>;
  let otherProcess: Sqlite.Database;

  beforeAll(async () => {
    ({ url, remove } = await createEmptyDatabase());
    await migrateDatabase(url);
    otherProcess = new Sqlite(url.slice('file:'.length));
  }, 60_000);

  afterAll(async () => {
    otherProcess.close();
    await remove();
  });

  const addCountry = (db: Database, name: string) =>
    db.$transaction(async (tx) => tx.country.create({ data: { name, slug: name.toLowerCase() } }), { maxWait: 10_000, timeout: 10_000 });

  it('wait while another process holds the lock, and go through once it lets go', async () => {
    const db = createPrismaClient(url, { busyTimeoutMs: 10_000 });
    otherProcess.exec('BEGIN IMMEDIATE');
    const waiting = addCountry(db, 'Iceland');
    await new Promise((resolve) => setTimeout(resolve, 300));
    otherProcess.exec('COMMIT');
    await expect(waiting).resolves.toMatchObject({ name: 'Iceland' });
    expect(providerOf(db)).toBe('sqlite');
    await db.$disconnect();
  }, 30_000);

  it('fail with DATABASE_BUSY, writing nothing, when the lock is held past the busy timeout', async () => {
    const db = createPrismaClient(url, { busyTimeoutMs: 300 });
    otherProcess.exec('BEGIN IMMEDIATE');
    try {
      await expect(addCountry(db, 'Norway')).rejects.toThrow(
        "DATABASE_BUSY: another process held the database's write lock for more than 300 ms; nothing was written, retry in a few seconds.",
      );
    } finally {
      otherProcess.exec('COMMIT');
    }
    expect(await db.country.count({ where: { name: 'Norway' } })).toBe(0);
    await db.$disconnect();
  }, 30_000);

  it('queue in the process up to DATABASE_WRITE_QUEUE, and refuse one more at once with DATABASE_BUSY', async () => {
    const db = createPrismaClient(url, { busyTimeoutMs: 10_000, writeQueueLimit: 1 });
    otherProcess.exec('BEGIN IMMEDIATE');
    const first = addCountry(db, 'Finland');
    const queued = addCountry(db, 'Sweden');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(addCountry(db, 'Denmark')).rejects.toThrow(
      "DATABASE_BUSY: the queue of writes waiting for the database's write lock is full (1); nothing was written, retry in a few seconds.",
    );
    otherProcess.exec('COMMIT');
    await expect(Promise.all([first, queued])).resolves.toMatchObject([{ name: 'Finland' }, { name: 'Sweden' }]);
    await db.$disconnect();
  }, 30_000);

  it("share Prisma's connection with statements run on its driver, which see what Prisma wrote and go to its query log", async () => {
    const seen: string[] = [];
    const db = createPrismaClient(url, { onQuery: (sql) => seen.push(sql) });
    expect(sqliteDriverOf(db)).toBeUndefined();
    await db.$connect();
    await db.country.create({ data: { name: 'Estonia', slug: 'estonia' } });
    const sql = 'SELECT name FROM Country WHERE slug = ?';
    logQuery(db, sql);
    expect(sqliteDriverOf(db)?.prepare(sql).get('estonia')).toEqual({ name: 'Estonia' });
    expect(seen).toContain(sql);
    await db.$disconnect();
    expect(sqliteDriverOf(db)).toBeUndefined();
  }, 30_000);
});

