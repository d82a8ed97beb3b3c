import { encodeBase64 } from '@pothos/core';
import { quoteKey } from '@parley/domain';
import { serverAudits } from 'graphql-http';
import { startTestApi, type GraphQLResponse, type TestApi } from './test/graphql-client';

const ENDPOINT = 'http://parley.test/graphql';
const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { created } }`;
const ARTICLE = 'date 2025-06-02\nOTTAWA — Prime Minister Mark Carney spoke by phone with Mexican President Claudia Sheinbaum on Monday.';

let api: TestApi;
let writer: { authorization: string };
let graphBefore: Record<string, number>;

beforeAll(async () => {
  api = await startTestApi({ logLevel: 'info' });
  writer = await api.keyHeader(['write'], 'importer');
  graphBefore = await graphCounts();
  // Warm the paths the probe takes, so its timing measures the server rather than the first compile.
  for (let round = 0; round < 5; round += 1) await postQuery('{ __typename }');
}, 60_000);

afterAll(async () => {
  await api.close();
});

/** Row counts of everything a request could write. */
async function graphCounts(): Promise<Record<string, number>> {
  const { db } = api.database;
  return {
    articles: await db.article.count(),
    people: await db.person.count(),
    statements: await db.statement.count(),
    events: await db.event.count(),
    policyActions: await db.policyAction.count(),
    apiKeys: await db.apiKey.count(),
  };
}

async function fetchApp(init: RequestInit & { url?: string }): Promise<{ status: number; headers: Headers; text: string; body: GraphQLResponse | null }> {
  const response = await api.app.fetch(init.url ?? ENDPOINT, init);
  const text = await response.text();
  let body: GraphQLResponse | null = null;
  try {
    body = JSON.parse(text) as GraphQLResponse;
  } catch {
    body = null;
  }
  return { status: response.status, headers: response.headers, text, body };
}

const post = (body: string, headers: Record<string, string> = JSON_HEADERS) => fetchApp({ method: 'POST', headers, body });
const postQuery = (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) =>
  post(JSON.stringify({ query, variables }), { ...JSON_HEADERS, ...headers });

const messagesOf = (body: GraphQLResponse | null) => (body?.errors ?? []).map((error) => error.message);

afterEach(async () => {
  // The server answers a probe quickly after every hostile request, and nothing was written.
  const started = performance.now();
  const probe = await postQuery('{ __typename }');
  expect(performance.now() - started).toBeLessThan(100);
  expect(probe.body).toEqual({ data: { __typename: 'Query' } });
  expect(await graphCounts()).toEqual(graphBefore);
});

describe('bodies and transport', () => {
  it('refuses malformed JSON with 400', async () => {
    const { status, body } = await post('{"query": "{ __typename }"');
    expect(status).toBe(400);
    expect(messagesOf(body)).toEqual([expect.stringMatching(/JSON/)]);
  });

  it('refuses an empty body with 400', async () => {
    const { status, body } = await post('');
    expect(status).toBe(400);
    expect(messagesOf(body).join()).toMatch(/body|JSON/i);
  });

  it('refuses a body that is not a GraphQL request, or a batch of them', async () => {
    for (const raw of ['[]', '"query"', '{"query": 42}', '{"query": "{ __typename }", "variables": "x"}', '[{"query": "{ __typename }"}]', 'null']) {
      const { status, body } = await post(raw);
      expect({ raw, status }).toEqual({ raw, status: 400 });
      expect(messagesOf(body).length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['form-encoded', 'application/x-www-form-urlencoded', `query=${encodeURIComponent('mutation { __typename }')}`],
    ['text/plain', 'text/plain', JSON.stringify({ query: INGEST, variables: { input: { text: ARTICLE } } })],
    ['multipart', 'multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: '{ __typename }' })}\r\n--x--`],
    ['XML', 'application/xml', '<query/>'],
    ['GraphQL text', 'application/graphql', '{ __typename }'],
  ])('never runs a %s POST (415), even with a write key', async (_label, contentType, payload) => {
    const { status, body } = await post(payload, { 'content-type': contentType, ...writer });
    expect(status).toBe(415);
    expect(messagesOf(body)).toEqual([`POST bodies must be application/json (got "${contentType.split(';')[0]}").`]);
  });

  it('refuses a POST with no content type', async () => {
    const { status, body } = await fetchApp({ method: 'POST', body: new TextEncoder().encode(JSON.stringify({ query: '{ __typename }' })), headers: {} });
    expect(status).toBe(415);
    expect(messagesOf(body)).toEqual(['POST bodies must be application/json (got no content type).']);
  });

  it('refuses a mutation over GET with 405, even with a write key', async () => {
    const url = `${ENDPOINT}?query=${encodeURIComponent('mutation { ingestArticle(input: { text: "x" }) { created } }')}`;
    const { status, body } = await fetchApp({ url, method: 'GET', headers: { accept: 'application/graphql-response+json', ...writer } });
    expect(status).toBe(405);
    expect(messagesOf(body)).toEqual(['Can only perform a mutation operation from a POST request.']);
  });

  it('gives a foreign web page no CORS access', async () => {
    const preflight = await fetchApp({
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const simple = await post(JSON.stringify({ query: '{ __typename }' }), { ...JSON_HEADERS, origin: 'https://evil.example' });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a body that is not UTF-8 with 400, before anything runs', async () => {
    const prefix = new TextEncoder().encode(JSON.stringify({ query: INGEST, variables: { input: { text: ARTICLE } } }).slice(0, -5));
    const invalid = Uint8Array.from([...prefix, 0xff, 0xfe, ...new TextEncoder().encode('"}}}')]);
    const { status, body } = await fetchApp({ method: 'POST', headers: { ...JSON_HEADERS, ...writer }, body: invalid });
    expect(status).toBe(400);
    expect(messagesOf(body)).toEqual(['The request body is not valid UTF-8.']);
  });
});

describe('documents and variables', () => {
  it('refuses unknown fields with 400, no stack and no suggestion of a stack', async () => {
    const { status, body, text } = await postQuery('{ person(name: "Carney") { shoeSize } }');
    expect(status).toBe(400);
    expect(messagesOf(body)).toEqual(['Cannot query field "shoeSize" on type "Person".']);
    expect(text).not.toMatch(/\.ts:\d+|node_modules|at /);
  });

  it('refuses a syntax error with its position', async () => {
    const { status, body } = await postQuery('{ person(name: "Carney") { name }');
    expect(status).toBe(400);
    expect(messagesOf(body)).toEqual([expect.stringMatching(/^Syntax Error: Expected Name, found <EOF>/)]);
  });

  it('refuses variables of the wrong type, naming the variable', async () => {
    const { status, body } = await postQuery('query($first: Int) { people(first: $first) { totalCount } }', { first: 'ten' });
    expect(status).toBe(400);
    expect(messagesOf(body)).toEqual([expect.stringMatching(/^Variable "\$first" got invalid value "ten"/)]);
    const big = await postQuery('{ people(first: 99999999999) { totalCount } }');
    expect(big.status).toBe(400);
    // Refused before it runs: by the cost limit, which reads the page size while parsing, else by Int's range.
    expect(messagesOf(big.body)).toEqual([expect.stringMatching(/Query Cost limit of [\d,]+ exceeded|Int cannot represent non 32-bit signed integer value: 99999999999/)]);
  });

  it('refuses an operation name the document does not hold', async () => {
    const { status, body } = await post(JSON.stringify({ query: 'query A { __typename }', operationName: 'B' }));
    expect(status).toBe(400);
    expect(messagesOf(body)).toEqual(['Could not determine what operation to execute.']);
  });

  it('refuses page sizes below zero or over the maximum, naming the argument', async () => {
    const negative = await postQuery('{ people(first: -1) { totalCount } }');
    expect(messagesOf(negative.body)).toEqual(['Argument "first" must be a non-negative integer']);
    const huge = await postQuery('{ statements(first: 1000000) { totalCount } }');
    expect(messagesOf(huge.body)).toEqual(['Argument "first" must not exceed 100 (got 1000000); page through the rest with "after".']);
    expect(huge.body?.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});

describe('global IDs', () => {
  const id = (payload: string) => encodeBase64(payload);

  it.each([
    ['a non-numeric id', id('Person:abc')],
    ['an id beyond the integers', id('Person:99999999999999999999')],
    ['SQL in the id', id('Person:1 OR 1=1')],
    ['a fractional id', id('Person:1.5')],
    ['a zero id', id('Person:0')],
    ['a foreign type', id('User:1')],
    ['a type that is not a node', id('Role:1')],
    ['plain text', 'Person:1'],
    ['not base64 at all', '%%%'],
    ['an empty string', ''],
  ])('refuses %s as an argument error naming "id"', async (_label, value) => {
    const { status, body } = await postQuery('query($id: ID!) { node(id: $id) { id } }', { id: value });
    expect(status).toBe(200);
    expect(body?.data).toEqual({ node: null });
    expect(body?.errors).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^id: ".*" is not a Parley ID; use the "id" of a /), extensions: { code: 'BAD_USER_INPUT', argument: 'id' } }),
    ]);
  });

  it('names the position of a bad ID in a list, and in nested inputs', async () => {
    const carney = id('Person:1');
    const list = await postQuery('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [carney, id('Person:1.5')] });
    expect(list.body?.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'ids[1]' });
    const nested = await postQuery(`{ calls(filter: { participants: [{ name: "Trump" }, { id: "${id('Person:x')}" }] }) { totalCount } }`);
    expect(nested.body?.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'filter.participants[1].id' });
    const selector = await postQuery(`{ person(id: "${id('Person:1 OR 1=1')}") { name } }`);
    expect(selector.body?.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'id' });
  });

  it('answers null for a well-formed ID that names nothing', async () => {
    const { body } = await postQuery('query($id: ID!) { node(id: $id) { id } person(id: $id) { name } }', { id: id('Person:2147483647') });
    expect(body).toEqual({ data: { node: null, person: null } });
  });

  it('fuzzes: no ID a client can send gives an unexpected error', async () => {
    const seeds = ['Person:1', 'Call:1', 'Statement:2', 'PolicyAction:1', 'Article:1'];
    const mutations = (text: string): string[] => [
      text,
      text.toLowerCase(),
      `${text}0`,
      text.replace(':', '::'),
      text.replace(/\d+$/, '-1'),
      text.replace(/\d+$/, '1e3'),
      text.replace(/\d+$/, ' 1'),
      text.replace(/\d+$/, '١'),
      `${text}\u0000`,
      text.replace(/:.*/, ''),
    ];
    const candidates = seeds.flatMap((seed) => [...mutations(seed).map(id), ...mutations(seed), id(seed).slice(1), `${id(seed)}=`]);
    const { body } = await postQuery('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: candidates });
    const codes = new Set((body?.errors ?? []).map((error) => error.extensions?.['code']));
    expect(codes).toEqual(new Set(['BAD_USER_INPUT']));
    for (const candidate of candidates) {
      const single = await postQuery('query($id: ID!) { node(id: $id) { id } }', { id: candidate });
      const code = single.body?.errors?.[0]?.extensions?.['code'];
      expect({ candidate, code: code ?? 'none' }).toEqual({ candidate, code: expect.stringMatching(/^(BAD_USER_INPUT|none)$/) });
    }
  });
});

describe('cursors', () => {
  const cursor = (payload: string) => encodeBase64(payload);

  it.each([
    ['GPC:N:abc'],
    ['GPC:S:x'],
    ['GPC:D:notadate'],
    ['GPC:N:1e400'],
    ['GPC:N:1.5'],
    ['GPC:J:[1]'],
    ['arrayconnection:1'],
  ])('refuses the cursor %s, naming the argument', async (payload) => {
    for (const argument of ['after', 'before']) {
      const { body } = await postQuery(`query($cursor: String) { statements(${argument}: $cursor) { totalCount } }`, { cursor: cursor(payload) });
      expect(body?.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(new RegExp(`^Argument "${argument}" is not a cursor of this connection`)),
          extensions: { code: 'BAD_USER_INPUT', argument },
        }),
      ]);
    }
  });

  it('fuzzes: every variation of a real cursor pages correctly or is refused by name', async () => {
    const { body } = await postQuery('{ statements(first: 2) { pageInfo { endCursor } } }');
    const real = (body?.data as { statements: { pageInfo: { endCursor: string } } }).statements.pageInfo.endCursor;
    const payload = Buffer.from(real, 'base64').toString('utf8');
    const malformed = ['N:0', 'N:-1', 'N:2.0', 'N:0x2', 'N:2 ', 'N:Infinity', 'N:NaN', 'N:', 'S:2', 'I:2', 'D:2', 'Z:', 'O:2', 'T:["N:2"]', 'T:[]'];
    for (const chunk of malformed) {
      const response = await postQuery('query($after: String) { statements(first: 2, after: $after) { totalCount } }', { after: encodeBase64(`GPC:${chunk}`) });
      expect({ chunk, codes: (response.body?.errors ?? []).map((error) => error.extensions?.['code']) }).toEqual({ chunk, codes: ['BAD_USER_INPUT'] });
    }
    // Variations of a real cursor: some still name a row (and page from it), none is an unexpected error.
    const variations = [
      encodeBase64(payload.toLowerCase()),
      encodeBase64(`${payload}0`),
      encodeBase64(` ${payload}`),
      real.slice(0, -1),
      `${real}=`,
      real.replace(/=+$/, ''),
      Buffer.from(payload).toString('base64url'),
    ];
    for (const variation of variations) {
      const response = await postQuery('query($after: String) { statements(first: 2, after: $after) { totalCount } }', { after: variation });
      const codes = (response.body?.errors ?? []).map((error) => error.extensions?.['code']);
      expect({ variation, unexpected: codes.filter((code) => code !== 'BAD_USER_INPUT') }).toEqual({ variation, unexpected: [] });
    }
  });

  it('refuses a bad cursor on a nested connection too', async () => {
    const { body } = await postQuery(`{ person(name: "Carney") { statements(after: "${cursor('GPC:N:abc')}") { totalCount } } }`);
    expect(body?.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});

describe('text', () => {
  it('refuses a lone surrogate in an article, naming the field, and stores nothing', async () => {
    const { body } = await postQuery(INGEST, { input: { text: `${ARTICLE} \ud83d and more` } }, writer);
    expect(body?.errors).toEqual([
      expect.objectContaining({
        message: 'input.text: contains a lone UTF-16 surrogate (malformed Unicode); send well-formed text',
        extensions: { code: 'BAD_USER_INPUT', argument: 'input.text' },
      }),
    ]);
  });

  it('refuses a lone surrogate in a search string or a name', async () => {
    const search = await postQuery('query($text: String) { statements(filter: { textContains: $text }) { totalCount } }', { text: 'tariff\udc00' });
    expect(search.body?.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'filter.textContains' });
    const name = await postQuery('query($name: String) { person(name: $name) { name } }', { name: '\ud800Carney' });
    expect(name.body?.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'name' });
  });

  it('treats a search string full of query syntax as plain words, or refuses one that holds none', async () => {
    const { body: all } = await postQuery('{ statements(first: 100) { nodes { text } } }');
    const texts = (all?.data as { statements: { nodes: Array<{ text: string }> } }).statements.nodes.map((statement) => statement.text);
    for (const hostile of ["%' OR 1=1 --", '%', '_', '\\', '*', '"', "'", 'tariff* OR "x"', 'NEAR(tariffs)', '); DROP TABLE "Statement"; --', '.*', '[a-z]']) {
      const { body } = await postQuery('query($text: String) { statements(first: 100, filter: { textContains: $text }) { totalCount nodes { text } } }', { text: hostile });
      const words = quoteKey(hostile);
      if (!words) {
        expect(body?.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'filter.textContains' });
        continue;
      }
      expect(body?.errors).toBeUndefined();
      const expected = texts.filter((text) => quoteKey(text).includes(words));
      const found = (body?.data as { statements: { totalCount: number; nodes: Array<{ text: string }> } }).statements;
      expect({ hostile, texts: found.nodes.map((node) => node.text).sort() }).toEqual({ hostile, texts: expected.sort() });
    }
  });
});

describe('API keys', () => {
  it('refuses a mutation without a key, with a read-only key and with a revoked key, writing nothing', async () => {
    const variables = { input: { text: ARTICLE } };
    expect((await postQuery(INGEST, variables)).status).toBe(401);
    expect((await postQuery(INGEST, variables, await api.keyHeader(['read']))).status).toBe(403);
    const revoked = await api.keyHeader(['write'], 'revoked importer');
    await api.database.db.apiKey.updateMany({ where: { name: 'revoked importer' }, data: { revokedAt: new Date() } });
    graphBefore = await graphCounts();
    expect((await postQuery(INGEST, variables, revoked)).status).toBe(401);
  });

  it('refuses an absurd Authorization header quickly', async () => {
    const { status } = await postQuery('{ __typename }', undefined, { authorization: `Bearer ${'x'.repeat(100_000)}` });
    expect(status).toBe(401);
  });
});

describe('logs', () => {
  it('logs client mistakes at info without a stack, and no errors', async () => {
    api.logs.splice(0);
    await postQuery(`{ node(id: "${encodeBase64('Person:abc')}") { id } }`);
    await postQuery('{ person(name: "Carney") { shoeSize } }');
    await post('{"query": ');
    const badDate = await postQuery(INGEST, { input: { text: ARTICLE, publishedAt: 'yesterday' } }, writer);
    expect(badDate.body?.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'input.publishedAt' });
    expect(api.logs.filter((line) => line['level'] === 'error')).toEqual([]);
    expect(api.logs).toContainEqual(expect.objectContaining({ level: 'info', message: 'client error', code: 'BAD_USER_INPUT' }));
    expect(JSON.stringify(api.logs)).not.toMatch(/stack/);
  });
});

describe('GraphQL over HTTP', () => {
  it('passes every graphql-http server audit', async () => {
    const results = await Promise.all(serverAudits({ url: ENDPOINT, fetchFn: (input: string, init: RequestInit = {}) => api.app.fetch(input, init) }).map((audit) => audit.fn()));
    const failures = results.filter((result) => result.status !== 'ok').map((result) => `${result.id} ${result.name}: ${'reason' in result ? result.reason : ''}`);
    expect(failures).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(61);
  });
});
