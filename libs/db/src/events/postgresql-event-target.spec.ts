import { createPubSub } from 'graphql-yoga';
import pg from 'pg';
import { createEmptyDatabase, testEngine } from '../testing';
import { createPostgresqlEventTarget, type PostgresqlEventTarget } from './postgresql-event-target';

const onPostgresql = testEngine() === 'postgresql' ? describe : describe.skip;

type Events = { statementAdded: [{ id: string; speaker: string }] };

async function firstOf<T>(iterator: AsyncIterator<T>, timeoutMs = 10_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const next = await Promise.race([iterator.next(), timeout]);
    return next.value as T;
  } finally {
    clearTimeout(timer);
  }
}

// Runs under `npm run test:postgres`: two targets stand for two API replicas.
onPostgresql('subscriptions fanned out through PostgreSQL LISTEN/NOTIFY', () => {
  let url: string;
  let remove: () => Promise<void>;
  let replicaA: PostgresqlEventTarget;
  let replicaB: PostgresqlEventTarget;
  const errors: Error[] = [];

  beforeAll(async () => {
    ({ url, remove } = await createEmptyDatabase());
    replicaA = createPostgresqlEventTarget({ url, onError: (error) => errors.push(error) });
    replicaB = createPostgresqlEventTarget({ url, onError: (error) => errors.push(error) });
    await Promise.all([replicaA.ready(), replicaB.ready()]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([replicaA.close(), replicaB.close()]);
    await remove();
  });

  it('delivers an event published on one replica to subscribers on every replica', async () => {
    const publisher = createPubSub<Events>({ eventTarget: replicaA });
    const subscribers = [createPubSub<Events>({ eventTarget: replicaA }), createPubSub<Events>({ eventTarget: replicaB })];
    const iterators = subscribers.map((pubsub) => pubsub.subscribe('statementAdded')[Symbol.asyncIterator]());
    // A subscription listens from its first pull.
    const received = iterators.map((iterator) => firstOf(iterator));
    await new Promise((resolve) => setTimeout(resolve, 50));

    publisher.publish('statementAdded', { id: 'U3RhdGVtZW50OjE=', speaker: 'Mark Carney' });
    expect(await Promise.all(received)).toEqual([
      { id: 'U3RhdGVtZW50OjE=', speaker: 'Mark Carney' },
      { id: 'U3RhdGVtZW50OjE=', speaker: 'Mark Carney' },
    ]);
    await Promise.all(iterators.map((iterator) => iterator.return?.()));
  });

  it('listens again after the server drops its connection', async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND datname = current_database()`);
    await admin.end();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await replicaB.ready();

    const iterator = createPubSub<Events>({ eventTarget: replicaB }).subscribe('statementAdded')[Symbol.asyncIterator]();
    const received = firstOf(iterator);
    await new Promise((resolve) => setTimeout(resolve, 50));
    createPubSub<Events>({ eventTarget: replicaA }).publish('statementAdded', { id: 'U3RhdGVtZW50OjI=', speaker: 'Donald Trump' });
    expect(await received).toEqual({ id: 'U3RhdGVtZW50OjI=', speaker: 'Donald Trump' });
    await iterator.return?.();
    expect(errors.map((error) => error.message)).toContain('The connection listening on parley_events was lost; reconnecting.');
  });

  it('refuses an event too large for NOTIFY, saying what to publish instead', () => {
    const pubsub = createPubSub<Events>({ eventTarget: replicaA });
    expect(() => pubsub.publish('statementAdded', { id: 'x', speaker: 'y'.repeat(9000) })).toThrow(
      /^The "statementAdded" event is \d+ bytes as JSON; PostgreSQL carries at most 7999\. Publish ids, not records\.$/,
    );
  });
});
