import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createApp, type ParleyApp } from './app';
import { createLogger } from './logger';
import { startTestApi, type TestApi } from './test/graphql-client';

const PAGE = '<!doctype html><html lang="en"><head><title>Parley Explorer</title><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>';
const SCRIPT = `console.info(${JSON.stringify('the explorer '.repeat(200))});`;

describe('the explorer served beside the API', () => {
  let folder: string;
  let app: ParleyApp;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'parley-explorer-build-'));
    await mkdir(join(folder, 'assets'));
    await writeFile(join(folder, 'index.html'), PAGE);
    await writeFile(join(folder, 'assets', 'index-abc123.js'), SCRIPT);
    app = createApp({ logger: createLogger('error', () => undefined), explorerDir: folder });
  });

  afterAll(() => rm(folder, { recursive: true, force: true }));

  it.each(['/', '/people/donald-trump', '/calls/Q2FsbDox', '/articles/QXJ0aWNsZTox?channel=SPEECH'])('answers %s with the explorer page, allowed to reach its own origin only', async (path) => {
    const response = await app.fetch(`http://parley.test${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(await response.text()).toBe(PAGE);
  });

  it('sends the hashed scripts gzipped to browsers that accept it, cached for good', async () => {
    const response = await app.fetch('http://parley.test/assets/index-abc123.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.length).toBeLessThan(SCRIPT.length / 5);
    expect(gunzipSync(body).toString()).toBe(SCRIPT);

    const plain = await app.fetch('http://parley.test/assets/index-abc123.js', { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(SCRIPT);
  });

  it('answers 404 for a file the build does not have, and never a file outside it', async () => {
    expect((await app.fetch('http://parley.test/assets/index-gone.js')).status).toBe(404);
    expect((await app.fetch('http://parley.test/favicon.ico')).status).toBe(404);
    const escape = await app.fetch('http://parley.test/assets/..%2f..%2f..%2f..%2fetc%2fpasswd');
    expect(await escape.text()).not.toContain('root:');
  });

  it('leaves /graphql to the API: GraphiQL for a browser, answers for queries', async () => {
    const graphiql = await app.fetch('http://parley.test/graphql', { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).toContain('<title>Parley</title>');
    const answer = await app.fetch('http://parley.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await answer.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('says how to build the explorer when it has not been built', async () => {
    const unbuilt = createApp({ logger: createLogger('error', () => undefined), explorerDir: join(folder, 'missing') });
    const response = await unbuilt.fetch('http://parley.test/people/donald-trump');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npx nx run web:build');
  });
});

describe('a leader page for an unknown slug', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  it('answers null with the relations the page asks for, so that the page can say not found', async () => {
    const response = await api.query(`{ person(slug: "nobody-at-all") { name calls(first: 5) { totalCount nodes { date } } statements(first: 5) { totalCount } } }`);
    expect(response).toEqual({ data: { person: null } });
  });
});
