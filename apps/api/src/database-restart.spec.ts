import { createServer } from 'node:net';
import { disconnectDatabase, prepareDatabase } from '@parley/db';
import { startNode, startThrowawayCluster, stopNode, type ThrowawayCluster } from '@parley/db/testing';
import { createApp, type ParleyApp } from './app';
import { createLogger } from './logger';

// Runs under `npm run test:postgres`, which says where the PostgreSQL binaries are.
const BIN_DIR = process.env['PARLEY_TEST_PG_BIN'];
const withServer = BIN_DIR ? describe : describe.skip;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

withServer('the API while its PostgreSQL server restarts', () => {
  let cluster: ThrowawayCluster;
  let app: ParleyApp;

  beforeAll(async () => {
    // A server of its own, so stopping it disturbs no other suite.
    cluster = await startThrowawayCluster(BIN_DIR ?? '', await freePort());
    await prepareDatabase(cluster.primary.url);
    app = createApp({ logger: createLogger('error', () => undefined) });
  });

  afterAll(async () => {
    await disconnectDatabase();
    await cluster.stop();
  });

  async function leaders() {
    const response = await app.fetch('http://parley.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ people(first: 3) { totalCount } }' }),
    });
    return (await response.json()) as { data?: { people: { totalCount: number } } | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  }

  it('answers DATABASE_UNAVAILABLE while the server is down, and answers again once it is back', async () => {
    const before = await leaders();
    expect(before.errors).toBeUndefined();
    const people = before.data?.people.totalCount;
    expect(people).toBeGreaterThan(0);

    await stopNode(BIN_DIR ?? '', cluster.primary.dataDir);
    const down = await leaders();
    expect(down.errors?.[0]?.extensions?.['code']).toBe('DATABASE_UNAVAILABLE');
    expect(down.errors?.[0]?.message).toMatch(/^DATABASE_UNAVAILABLE: the database cannot be reached \(.+\); nothing was written, retry shortly\.$/);

    await startNode(BIN_DIR ?? '', cluster.primary.dataDir);
    const after = await leaders();
    expect(after.errors).toBeUndefined();
    expect(after.data?.people.totalCount).toBe(people);
  });
});
