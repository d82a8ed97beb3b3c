import { EXAMPLE_QUERY } from './example-query';
import { startTestApi, type TestApi } from './test/graphql-client';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api.close();
});

function messages(response: { errors?: Array<{ message: string }> }): string[] {
  return (response.errors ?? []).map((error) => error.message);
}

describe('GraphiQL and its example query', () => {
  it('serves GraphiQL at /graphql, opening on the example query', async () => {
    const response = await api.app.fetch('http://parley.test/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('Parley');
    expect(page).toContain('LeaderCallsAndStatements');
  });

  it('walks Trump → the call with Carney → both leaders’ statements about it, with dates and channels', async () => {
    const { data, errors } = await api.query<{
      person: { name: string; calls: { nodes: Array<{ date: string; statements: { nodes: Array<{ date: string; channel: string; speaker: { name: string } }> } }> } };
    }>(EXAMPLE_QUERY);
    expect(errors).toBeUndefined();
    expect(data?.person.name).toBe('Donald Trump');
    const call = data?.person.calls.nodes[0];
    expect(call?.date).toBe('2025-03-28');
    const speakers = new Set(call?.statements.nodes.map((statement) => statement.speaker.name));
    expect(speakers).toEqual(new Set(['Donald Trump', 'Mark Carney']));
    expect(call?.statements.nodes.every((statement) => statement.date === '2025-03-28' && statement.channel.length > 0)).toBe(true);
  });
});

describe('global IDs', () => {
  it('fetches any node by its ID, and null for an ID that names nothing', async () => {
    const { data: people } = await api.query<{ people: { nodes: Array<{ id: string; name: string }> } }>(`{ people(filter: { name: "Carney" }) { nodes { id name } } }`);
    const carney = people?.people.nodes[0];
    expect(carney?.name).toBe('Mark Carney');

    const missing = Buffer.from('Person:99999').toString('base64');
    const { data, errors } = await api.query<{ node: { name: string } | null; nodes: Array<{ name: string } | null>; gone: null }>(
      `query($id: ID!, $ids: [ID!]!, $missing: ID!) {
        node(id: $id) { ... on Person { name } }
        nodes(ids: $ids) { ... on Person { name } }
        gone: node(id: $missing) { id }
      }`,
      { id: carney?.id, ids: [carney?.id, missing], missing },
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({ node: { name: 'Mark Carney' }, nodes: [{ name: 'Mark Carney' }, null], gone: null });
  });

  it('refuses an ID that is not one of ours', async () => {
    const response = await api.query(`{ node(id: "not-an-id") { id } }`);
    expect(messages(response).join()).toMatch(/not-an-id/);
    const wrongType = await api.query(`{ statements(filter: { call: "${Buffer.from('Person:1').toString('base64')}" }) { totalCount } }`);
    expect(messages(wrongType)).toEqual([expect.stringMatching(/^filter\.call: .* is not the ID of a Call/)]);
  });
});

describe('connections', () => {
  it('pages through every call exactly once, undated ones included', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const response: { data?: { calls: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Array<{ id: string }> } } | null } =
        await api.query(`query($after: String) { calls(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`, { after });
      const calls = response.data?.calls;
      seen.push(...(calls?.nodes.map((node) => node.id) ?? []));
      if (!calls?.pageInfo.hasNextPage) break;
      after = calls.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(2);
    expect(new Set(seen).size).toBe(2);
  });

  it('refuses pages over the maximum, negative sizes and foreign cursors, naming the argument', async () => {
    expect(messages(await api.query(`{ people(first: 101) { totalCount } }`))).toEqual([
      'Argument "first" must not exceed 100 (got 101); page through the rest with "after".',
    ]);
    expect(messages(await api.query(`{ people(first: -1) { totalCount } }`))).toEqual(['Argument "first" must be a non-negative integer']);
    expect(messages(await api.query(`{ statements(after: "bogus") { totalCount } }`))).toEqual([
      expect.stringMatching(/^Argument "after" is not a cursor of this connection/),
    ]);
    const nested = await api.query(`{ person(slug: "mark-carney") { statements(first: 500) { totalCount } } }`);
    expect(messages(nested)).toEqual([expect.stringMatching(/^Argument "first" must not exceed 100/)]);
  });

  it('serves 20 items when no size is given', async () => {
    const { data } = await api.query<{ statements: { totalCount: number; nodes: unknown[]; pageInfo: { hasNextPage: boolean } } }>(
      `{ statements { totalCount nodes { id } pageInfo { hasNextPage } } }`,
    );
    expect(data?.statements.totalCount).toBe(18);
    expect(data?.statements.nodes).toHaveLength(18);
    expect(data?.statements.pageInfo.hasNextPage).toBe(false);
  });
});

describe('filters', () => {
  it('finds leaders by country and whether they still hold the role', async () => {
    const { data } = await api.query<{ current: { nodes: Array<{ name: string }> }; all: { nodes: Array<{ name: string; isLeader: boolean }> } }>(`{
      current: leaders(filter: { country: "Canada", current: true }) { nodes { name } }
      all: leaders(filter: { country: "canada" }) { nodes { name isLeader } }
    }`);
    expect(data?.current.nodes.map((person) => person.name)).toEqual(['Dominic LeBlanc', 'Mark Carney']);
    expect(data?.all.nodes.map((person) => person.name)).toEqual(['Dominic LeBlanc', 'Justin Trudeau', 'Mark Carney']);
  });

  it('refuses a leader role that is not a leader role, naming the argument', async () => {
    expect(messages(await api.query(`{ leaders(filter: { role: PARTY_LEADER }) { totalCount } }`))).toEqual([
      expect.stringMatching(/^filter\.role: leaders hold HEAD_OF_STATE, HEAD_OF_GOVERNMENT, MINISTER roles/),
    ]);
  });

  it('finds statements by words, channel, date and speaker', async () => {
    const { data } = await api.query<Record<'tariffs' | 'social' | 'sameDay' | 'before', { totalCount: number; nodes?: Array<{ text: string }> }>>(`{
      tariffs: statements(filter: { textContains: "TARIFFS" }, order: OLDEST_FIRST) { totalCount nodes { text } }
      social: statements(filter: { channel: SOCIAL_MEDIA_POST, speaker: { name: "Donald Trump" } }) { totalCount }
      sameDay: statements(filter: { date: { from: "2025-03-28", to: "2025-03-28" } }) { totalCount }
      before: statements(filter: { date: { to: "2025-03-27" } }) { totalCount }
    }`);
    expect(data?.tariffs.nodes?.map((statement) => statement.text)).toEqual([
      'Trump with tariffs and Carney with carbon taxes.',
      'true free trade, without tariffs, will allow both of our economies to separately grow stronger so that we can fund strong militaries and more secure borders, and make our continent safe against the real risks from overseas.',
    ]);
    expect(data?.social.totalCount).toBe(3);
    expect(data?.sameDay.totalCount).toBe(18);
    expect(data?.before.totalCount).toBe(0);
  });

  it('refuses an inverted date range and an impossible date, naming them', async () => {
    expect(messages(await api.query(`{ calls(filter: { date: { from: "2025-04-01", to: "2025-03-01" } }) { totalCount } }`))).toEqual([
      'filter.date: "from" (2025-04-01) is after "to" (2025-03-01)',
    ]);
    expect(messages(await api.query(`{ calls(filter: { date: { from: "2025-02-30" } }) { totalCount } }`)).join()).toMatch(/2025-02-30/);
  });

  it('asks for exactly one way to name a person', async () => {
    expect(messages(await api.query(`{ person { name } }`))).toEqual(['person: give exactly one of id, slug or name']);
    expect(messages(await api.query(`{ person(name: "Carney", slug: "mark-carney") { name } }`))).toEqual(['person: give exactly one of id, slug or name']);
  });
});

describe('errors', () => {
  it('rejects unknown fields with the validation message and no stack', async () => {
    const response = await api.query(`{ person(name: "Carney") { shoeSize } }`);
    expect(messages(response)).toEqual(['Cannot query field "shoeSize" on type "Person".']);
    expect(JSON.stringify(response)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('returns the request id it was given', async () => {
    const response = await api.app.fetch('http://parley.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-123' },
      body: JSON.stringify({ query: '{ countries { totalCount } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('req-123');
  });
});
