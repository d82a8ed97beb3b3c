import { QUERY_LIMITS } from './limits';
import { defaultAppSettings, maxBodyBytes } from './settings';
import { startTestApi, type TestApi } from './test/graphql-client';
import { post, probe } from './test/probe';

let api: TestApi;
let writer: Record<string, string>;

beforeAll(async () => {
  api = await startTestApi({ settings: { ...defaultAppSettings(), maxResponseBytes: 256 * 1024 } });
  writer = await api.keyHeader(['write']);
});

afterAll(async () => {
  await api.close();
});

interface ErrorBody {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

async function send(query: string): Promise<{ status: number; body: ErrorBody }> {
  const response = await post(api.app, JSON.stringify({ query }), { 'content-type': 'application/json', ...writer });
  const body = (await response.json()) as ErrorBody;
  return { status: response.status, body };
}

async function articleCount(): Promise<number> {
  return api.database.db.article.count();
}

const DEEP_LEGITIMATE = `{ leaders(first: 100) { edges { node { name calls(first: 100) { edges { node { date participants { name }
  statements(first: 100) { edges { node { text speaker { name } } } } } } } } } } }`;

describe('limits checked before a query runs', () => {
  it('lets leaders → calls → participants and statements → speaker through with full pages', async () => {
    const { body } = await send(DEEP_LEGITIMATE);
    expect(body.errors).toBeUndefined();
    const leaders = (body.data as { leaders: { edges: Array<{ node: { name: string } }> } }).leaders.edges.map((edge) => edge.node.name);
    expect(leaders).toEqual(expect.arrayContaining(['Donald Trump', 'Mark Carney']));
  });

  const abuses: Array<[string, string, RegExp]> = [
    ['50,000 fields', `{ ${'__typename '.repeat(50_000)}}`, new RegExp(`Token limit of ${QUERY_LIMITS.tokens} exceeded`)],
    ['1,000 levels of nesting', `{ ${'leaders { nodes { calls { nodes { participants { '.repeat(200)}name${' } } } } }'.repeat(200)} }`, /Token limit of 2000 exceeded/],
    ['15 levels of nesting', `{ leaders { nodes { ${'calls { nodes { participants { '.repeat(4)}name${' } } }'.repeat(4)} } } }`, new RegExp(`Query depth limit of ${QUERY_LIMITS.depth} exceeded, found 15`)],
    ['500 aliases', `{ ${Array.from({ length: 500 }, (_, index) => `a${index}: __typename`).join(' ')} }`, new RegExp(`Aliases limit of ${QUERY_LIMITS.aliases} exceeded, found 500`)],
    ['four nested pages of 100', `{ leaders(first: 100) { nodes { calls(first: 100) { nodes { statements(first: 100) { nodes { speaker { calls(first: 100) { nodes { date } } } } } } } } } }`, /Query Cost limit of 10000000 exceeded/],
    ['50 directives', `{ __typename ${'@include(if: true) '.repeat(50)}}`, new RegExp(`Directives limit of ${QUERY_LIMITS.directives} exceeded, found 50`)],
    ['a fragment cycle', `{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`, /Cannot spread fragment "A" within itself via "B"/],
  ];

  it.each(abuses)('refuses %s with a message naming the limit, then answers a probe within 100 ms', async (_name, query, message) => {
    const { status, body } = await send(query);
    // 400 where the parser refused the document (syntax, tokens, cost), 200 with errors where validation did, as GraphQL over HTTP allows for application/json.
    expect([200, 400]).toContain(status);
    expect(body.data).toBeUndefined();
    expect(body.errors?.map((error) => error.message)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
    expect(await probe(api.app)).toBeLessThan(100);
  });
});

describe('the size of a request and of a response', () => {
  const limit = maxBodyBytes(defaultAppSettings());

  it('refuses a body over the limit with 413, by its declared length', async () => {
    const response = await post(api.app, JSON.stringify({ query: `{ __typename }`, variables: { padding: 'x'.repeat(limit) } }));
    expect(response.status).toBe(413);
    const body = (await response.json()) as ErrorBody;
    expect(body.errors).toEqual([
      { message: expect.stringMatching(/^The request body is [\d,]+ bytes, over the limit of [\d,]+ bytes \(sized for articles of PARLEY_MAX_ARTICLE_BYTES\)\.$/), extensions: { code: 'PAYLOAD_TOO_LARGE' } },
    ]);
    expect(await probe(api.app)).toBeLessThan(100);
  });

  it('refuses a streamed body with no declared length once it passes the limit', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > limit * 2) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const response = await api.app.fetch('http://parley.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as ErrorBody).errors?.[0]?.extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE' });
    // The server stops reading at the limit; what the client has sent by then also sits in socket buffers.
    expect(sent).toBeLessThan(limit * 3);
  });

  it('refuses an article over PARLEY_MAX_ARTICLE_BYTES, naming the field and the limit, and writes nothing', async () => {
    const before = await articleCount();
    const text = `date 2025-03-28\n${'Carney said the talks were “useful”. '.repeat(30_000)}`;
    const { body } = await send(`mutation { ingestArticle(input: { text: ${JSON.stringify(text)} }) { created } }`);
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^input\.text: is 1,[\d,]+ bytes; articles sent to the API may be up to 1,048,576 bytes \(PARLEY_MAX_ARTICLE_BYTES\)$/),
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
    expect(await articleCount()).toBe(before);
    expect(await probe(api.app)).toBeLessThan(100);
  });

  it('returns a range of an article’s text, the characters a statement span names', async () => {
    const { body } = await send(`{ statements(filter: { textContains: "very, very good" }, first: 5) { nodes { text span { start end } article { id textLength } } } }`);
    type Quoted = { text: string; span: { start: number; end: number }; article: { id: string; textLength: number } };
    const statement = (body.data as { statements: { nodes: Quoted[] } }).statements.nodes.find((node) => node.text === 'very, very good');
    expect(statement?.span).toEqual({ start: 60, end: 75 });
    expect(statement?.article.textLength).toBeGreaterThan(1000);
    const range = await send(`{ node(id: "${statement?.article.id}") { ... on Article { text(start: 60, length: 15) } } }`);
    expect(range.body).toEqual({ data: { node: { text: 'very, very good' } } });
  });

  it('refuses a text range that is negative or longer than a field may return, naming the argument', async () => {
    const negative = await send(`{ articles(first: 1) { nodes { text(start: -1) } } }`);
    expect(negative.body.errors?.map((error) => error.message)).toEqual(['start: -1 is negative']);
    const long = await send(`{ articles(first: 1) { nodes { text(length: 2000000) } } }`);
    expect(long.body.errors?.map((error) => error.message)).toEqual([
      'length: 2000000 characters asked for; Article.text returns at most 1048576 at a time: page through it with start and length',
    ]);
  });

  it('replaces a response over PARLEY_MAX_RESPONSE_BYTES by an error naming the limit', async () => {
    const { body } = await send(`{ statements(first: 100) { nodes { ${Array.from({ length: 25 }, (_, index) => `t${index}: article { text }`).join(' ')} } } }`);
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([
      {
        message: expect.stringMatching(/^The response would be [\d,]+ bytes, over the limit of 262,144 bytes \(PARLEY_MAX_RESPONSE_BYTES\)/),
        extensions: { code: 'RESPONSE_TOO_LARGE', limit: 262_144 },
      },
    ]);
  });
});
