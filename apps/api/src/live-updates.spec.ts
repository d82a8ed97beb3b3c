import { startTestApi, type TestApi } from './test/graphql-client';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ keyScopes: ['write'] });
});

afterAll(async () => {
  await api.close();
});

interface Subscription {
  /** The `next` payloads received so far. */
  events: Array<{ data?: Record<string, unknown>; errors?: Array<{ message: string }> }>;
  /** Resolves once `count` events have come, or rejects after `ms`. */
  waitFor(count: number, ms: number): Promise<void>;
  close(): Promise<void>;
}

/** Opens a subscription as GraphQL over Server-Sent Events, the way a browser's EventSource client does. */
async function subscribe(query: string, variables: Record<string, unknown> = {}): Promise<Subscription> {
  const response = await api.app.fetch('http://parley.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query, variables }),
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const events: Subscription['events'] = [];
  let buffered = '';
  const reading = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffered += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffered.indexOf('\n\n')) >= 0) {
        const block = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        const data = block.split('\n').find((line) => line.startsWith('data: '));
        if (block.startsWith('event: next') && data) events.push(JSON.parse(data.slice('data: '.length)));
      }
    }
  })();
  return {
    events,
    waitFor: async (count, ms) => {
      const until = Date.now() + ms;
      while (events.length < count) {
        if (Date.now() > until) throw new Error(`Only ${events.length} of ${count} events came within ${ms} ms`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: async () => {
      await reader.cancel();
      await reading.catch(() => undefined);
    },
  };
}

const REPORT = `date 2025-04-16
Canadian Prime Minister Mark Carney and Mexican President Claudia Sheinbaum spoke by phone on Tuesday about the tariffs.

Carney told reporters on Wednesday that the call had been “a frank and useful exchange”.

Sheinbaum said the two countries would “stand together”.`;

describe('statementAdded and callAdded over Server-Sent Events', () => {
  it('sends the statements and calls an ingest adds, once committed, only for the person asked about', async () => {
    const { data } = await api.query<{ person: { id: string } }>(`{ person(name: "Carney") { id } }`);
    const carney = data?.person.id;
    const statements = await subscribe(`subscription($speaker: ID) { statementAdded(speaker: $speaker) { id text speaker { name } date } }`, { speaker: carney });
    const calls = await subscribe(`subscription($participant: ID) { callAdded(participant: $participant) { id date participants { name } } }`, { participant: carney });
    try {
      const ingest = await api.query<{ ingestArticle: { created: boolean; statements: Array<{ statement: { speaker: { name: string } | null } }> } }>(
        `mutation($input: ArticleInput!) { ingestArticle(input: $input) { created statements { statement { speaker { name } } } } }`,
        { input: { text: REPORT } },
      );
      expect(ingest.errors).toBeUndefined();
      expect(ingest.data?.ingestArticle.statements.map((statement) => statement.statement.speaker?.name)).toEqual(expect.arrayContaining(['Mark Carney', 'Claudia Sheinbaum']));

      await statements.waitFor(1, 10_000);
      await calls.waitFor(1, 10_000);
      expect(statements.events).toEqual([
        { data: { statementAdded: { id: expect.any(String), text: 'a frank and useful exchange', speaker: { name: 'Mark Carney' }, date: '2025-04-16' } } },
      ]);
      expect(calls.events).toEqual([
        { data: { callAdded: { id: expect.any(String), date: '2025-04-15', participants: expect.arrayContaining([{ name: 'Mark Carney' }, { name: 'Claudia Sheinbaum' }]) } } },
      ]);

      // Sent after the commit: what the event names, the graph already holds.
      const statementId = (statements.events[0]?.data?.['statementAdded'] as { id: string }).id;
      const { data: refetched } = await api.query<{ node: { text: string } | null }>(`query($id: ID!) { node(id: $id) { ... on Statement { text } } }`, { id: statementId });
      expect(refetched?.node).toEqual({ text: 'a frank and useful exchange' });
    } finally {
      await statements.close();
      await calls.close();
    }
  }, 60_000);

  it('refuses a speaker that is not a Person ID, naming the argument', async () => {
    const subscription = await subscribe(`subscription { statementAdded(speaker: "Call:1") { id } }`);
    try {
      await subscription.waitFor(1, 5000);
      expect(subscription.events[0]?.errors?.[0]?.message).toMatch(/speaker/);
    } finally {
      await subscription.close();
    }
  });
});
