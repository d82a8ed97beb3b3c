import { connectDatabase, createPrismaClient, getDatabase, onPrimary, type Database } from './client';
import { openTempDatabase, withDatabaseName, type TempDatabase } from './testing';

const STANDBY_URL = process.env['PARLEY_TEST_REPLICA_URL'];
const onStandby = STANDBY_URL ? describe : describe.skip;

async function onReplica(replicaUrl: string, sql: string): Promise<void> {
  const client = createPrismaClient(replicaUrl);
  try {
    await client.$executeRawUnsafe(sql);
  } finally {
    await client.$disconnect();
  }
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`still not true after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// Runs under `npm run test:postgres`, which starts a streaming standby of the test server.
onStandby('DATABASE_REPLICA_URLS on a real streaming standby', () => {
  let database: TempDatabase;
  let replicaUrl: string;
  let db: Database;

  beforeAll(async () => {
    database = await openTempDatabase();
    replicaUrl = withDatabaseName(STANDBY_URL ?? '', new URL(database.url).pathname.slice(1));
    db = createPrismaClient(database.url, { replicaUrls: [replicaUrl] });
    await eventually(async () => (await db.person.count()) > 0);
  }, 60_000);

  afterAll(async () => {
    await onReplica(replicaUrl, 'SELECT pg_wal_replay_resume()').catch(() => undefined);
    await db.$disconnect();
    await database.close();
  });

  it('sends writes to the primary and reads to the standby, which shows them once replayed', async () => {
    await onReplica(replicaUrl, 'SELECT pg_wal_replay_pause()');
    // The standby refuses writes, so this succeeds only on the primary.
    await db.country.create({ data: { name: 'Iceland', slug: 'iceland' } });

    expect(await db.country.findUnique({ where: { slug: 'iceland' } })).toBeNull();
    expect(await (db as Database & { $primary(): Database }).$primary().country.findUnique({ where: { slug: 'iceland' } })).toMatchObject({ name: 'Iceland' });

    await onReplica(replicaUrl, 'SELECT pg_wal_replay_resume()');
    await eventually(async () => (await db.country.findUnique({ where: { slug: 'iceland' } })) !== null);
  });

  it('reads what was just written inside onPrimary (as the API runs its mutations), whatever the lag', async () => {
    await onReplica(replicaUrl, 'SELECT pg_wal_replay_pause()');
    // The process's database, as the API opens it, now with the standby for reads.
    await connectDatabase(database.url, { replicaUrls: [replicaUrl] });

    const read = () => getDatabase().country.findUnique({ where: { slug: 'norway' } });
    await onPrimary(async () => {
      await getDatabase().country.create({ data: { name: 'Norway', slug: 'norway' } });
      expect(await read()).toMatchObject({ name: 'Norway' });
    });
    expect(await read()).toBeNull();
    await onReplica(replicaUrl, 'SELECT pg_wal_replay_resume()');
  });
});
