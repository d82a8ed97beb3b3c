import { createParleyClient, graphql, LeadersQuery, ParleyApiError, request } from '@parley/client';
import { createApiKey, createPrismaClient } from '@parley/db';
import { startParley, type RunningParley } from './support/parley-server';

// The typed client as another app or script uses it, against Parley on the seed.
jest.setTimeout(120_000);

const CallsWith = graphql(`
  query CallsWith($name: String!) {
    calls(filter: { participants: [{ name: "Trump" }, { name: $name }] }) {
      nodes {
        date
        initiator {
          name
        }
      }
    }
  }
`);

describe('@parley/client against the API', () => {
  let parley: RunningParley;

  beforeAll(async () => {
    parley = await startParley();
  });

  afterAll(() => parley?.stop());

  it('answers a typed query: Trump’s call with Carney, placed by Carney', async () => {
    const client = createParleyClient({ url: `${parley.origin}/graphql` });
    const { calls } = await request(client, CallsWith, { name: 'Carney' });
    expect(calls.nodes).toMatchObject([{ date: '2025-03-28', initiator: { name: 'Mark Carney' } }]);
  });

  it('sends the API key as a bearer token, and names the error when the API refuses it', async () => {
    const db = createPrismaClient(parley.databaseUrl);
    const { key } = await createApiKey(db, { name: 'explorer test', scopes: ['read'] }).finally(() => db.$disconnect());
    const seen: Array<string | null> = [];
    const recordingFetch: typeof fetch = (input, init) => {
      seen.push(new Headers(init?.headers).get('authorization'));
      return fetch(input, init);
    };
    const client = createParleyClient({ url: `${parley.origin}/graphql`, apiKey: key, fetch: recordingFetch });
    const { leaders } = await request(client, LeadersQuery, { first: 1 });
    expect(leaders.nodes).toHaveLength(1);
    expect(seen).toEqual([`Bearer ${key}`]);

    const forged = createParleyClient({ url: `${parley.origin}/graphql`, apiKey: `${key}x` });
    const failure = await request(forged, LeadersQuery, { first: 1 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ParleyApiError);
    expect((failure as ParleyApiError).details[0]?.code).toBe('UNAUTHENTICATED');
  });

  it('throws the API’s named error, with the argument at fault', async () => {
    const client = createParleyClient({ url: `${parley.origin}/graphql` });
    const failure = await request(client, LeadersQuery, { first: 500 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ParleyApiError);
    expect((failure as ParleyApiError).details).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'first', message: expect.stringContaining('must not exceed 100') }),
    ]);
  });

  it('says the API could not be reached when nothing listens', async () => {
    const client = createParleyClient({ url: 'http://127.0.0.1:9/graphql' });
    const failure = await request(client, LeadersQuery, { first: 1 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ParleyApiError);
    expect((failure as ParleyApiError).details[0]?.code).toBe('NETWORK_ERROR');
    expect((failure as ParleyApiError).message).toMatch(/^The Parley API could not be reached/);
  });
});
