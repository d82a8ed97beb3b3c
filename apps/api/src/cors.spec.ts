import { startTestApi, type TestApi } from './test/graphql-client';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ corsOrigins: ['https://explorer.parley.example'] });
});

afterAll(async () => {
  await api.close();
});

function preflight(origin: string): Promise<Response> {
  return Promise.resolve(
    api.app.fetch('http://parley.test/graphql', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    }),
  );
}

it('lets a configured origin call the API from a browser, without credentials', async () => {
  const response = await preflight('https://explorer.parley.example');
  expect(response.status).toBe(204);
  expect(response.headers.get('access-control-allow-origin')).toBe('https://explorer.parley.example');
  expect(response.headers.get('access-control-allow-headers')).toMatch(/authorization/);
  expect(response.headers.get('access-control-allow-credentials')).toBeNull();

  const { headers, body } = await api.send(`{ countries { totalCount } }`, { headers: { origin: 'https://explorer.parley.example' } });
  expect(headers.get('access-control-allow-origin')).toBe('https://explorer.parley.example');
  expect(headers.get('access-control-expose-headers')).toBe('x-request-id');
  expect(body.errors).toBeUndefined();
});

it('gives any other origin no CORS headers', async () => {
  for (const origin of ['https://evil.example', 'https://explorer.parley.example.evil.example', 'null']) {
    const response = await preflight(origin);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  }
});
