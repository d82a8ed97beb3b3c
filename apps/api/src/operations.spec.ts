import { connectDatabase, disconnectDatabase } from '@parley/db';
import { defaultAppSettings } from './settings';
import { startTestApi, type TestApi } from './test/graphql-client';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ keyScopes: ['write'] });
});

afterAll(async () => {
  await api.close();
});

const get = (path: string, headers: Record<string, string> = {}) => Promise.resolve(api.app.fetch(`http://parley.test${path}`, { headers }));

describe('operations endpoints', () => {
  it('says the process is up at /health and the database migrated at /ready', async () => {
    const health = await get('/health');
    expect(health.status).toBe(200);
    const ready = await get('/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('reports the database a migration behind as not ready', async () => {
    const [latest] = await api.database.db.$queryRaw<Array<{ name: string }>>`SELECT migration_name AS name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`;
    await api.database.db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = CURRENT_TIMESTAMP WHERE migration_name = ${latest?.name}`;
    try {
      const ready = await get('/ready');
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable', reason: `the database lacks migrations: ${latest?.name}` });
    } finally {
      await api.database.db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE migration_name = ${latest?.name}`;
    }
  });

  it('counts requests by operation, their latency, errors by code and articles in Prometheus format', async () => {
    await api.query(`query LeaderNames { leaders(first: 2) { nodes { name } } }`);
    await api.query(`query Typo { leader { name } }`);
    await api.query(`mutation BadDate { extractArticle(input: { text: "Words.", publishedAt: "2025-02-30" }) { publishedOn } }`);
    await api.query(`mutation Extract { extractArticle(input: { text: "Carney said the call was “very constructive”.", publishedAt: "2025-03-28" }) { publishedOn } }`);

    const response = await get('/metrics');
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const metrics = await response.text();
    expect(metrics).toMatch(/^parley_graphql_requests_total\{operation="LeaderNames",status="200"\} 1$/m);
    expect(metrics).toMatch(/^parley_graphql_request_duration_seconds_count\{operation="LeaderNames"\} 1$/m);
    expect(metrics).toMatch(/^parley_graphql_request_duration_seconds_bucket\{le="0\.05",operation="LeaderNames"\} \d$/m);
    expect(metrics).toMatch(/^parley_graphql_errors_total\{code="BAD_USER_INPUT"\} 1$/m);
    expect(metrics).toMatch(/^parley_graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} 1$/m);
    expect(metrics).toMatch(/^parley_articles_total\{mutation="extractArticle",outcome="read"\} 1$/m);
    expect(metrics).toMatch(/^parley_articles_total\{mutation="extractArticle",outcome="refused"\} 1$/m);
    expect(metrics).toMatch(/^parley_articles_in_progress 0$/m);
  }, 60_000);

  it('logs JSON lines through pino, each with the request id', async () => {
    const response = await api.app.fetch('http://parley.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'log-check-1' },
      body: JSON.stringify({ query: '{ leaders(first: 1) { nodes { name } } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('log-check-1');
    const seen = api.logs.length;
    await disconnectDatabase();
    try {
      await api.app.fetch('http://parley.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'log-check-2' },
        body: JSON.stringify({ query: '{ people { totalCount } }' }),
      });
    } finally {
      await connectDatabase(api.database.url);
    }
    const lines = api.logs.slice(seen);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toEqual(expect.objectContaining({ requestId: 'log-check-2', time: expect.any(String), level: expect.any(String) }));
  });
});

describe('production mode', () => {
  let production: TestApi;

  beforeAll(async () => {
    production = await startTestApi({ settings: defaultAppSettings(true) });
  });

  afterAll(async () => {
    await production.close();
  });

  it('refuses introspection, serves no GraphiQL and suggests no field names', async () => {
    const introspection = await production.query(`{ __schema { types { name } } }`);
    expect(introspection.errors?.[0]?.message).toMatch(/GraphQL introspection has been disabled/);
    const page = await production.app.fetch('http://parley.test/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('GraphiQL');
    const typo = await production.query(`{ leader { name } }`);
    expect(typo.errors?.map((error) => error.message)).toEqual(['Cannot query field "leader" on type "Query".']);
  });

  it('keeps suggestions and introspection in development', async () => {
    const typo = await api.query(`{ leader { name } }`);
    expect(typo.errors?.[0]?.message).toMatch(/Did you mean "leaders"/);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After once a client has used its requests, counting API keys and addresses apart', async () => {
    const limited = await startTestApi({ settings: { ...defaultAppSettings(), rateLimit: { points: 3, windowSeconds: 60 } } });
    try {
      const ask = (headers: Record<string, string> = {}) =>
        Promise.resolve(limited.app.fetch('http://parley.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{"query":"{ __typename }"}' }));
      const statuses = [];
      for (let index = 0; index < 4; index += 1) statuses.push((await ask()).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await ask();
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await refused.json()).toEqual({
        errors: [{ message: expect.stringMatching(/^Too many requests: 3 per 60 s for each API key or address \(PARLEY_RATE_LIMIT\); try again in \d+ s\.$/), extensions: { code: 'RATE_LIMITED' } }],
      });
      expect((await ask(await limited.keyHeader(['read'], 'another client'))).status).toBe(200);
      expect((await limited.app.fetch('http://parley.test/health')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
