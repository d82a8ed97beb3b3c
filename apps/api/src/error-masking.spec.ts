import { disconnectDatabase } from '@parley/db';
import { startTestApi, type TestApi } from './test/graphql-client';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api.close();
});

it('masks an unexpected failure behind the request id, and logs the cause under the same id', async () => {
  await disconnectDatabase();
  const response = await api.app.fetch('http://parley.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'lost-db-1' },
    body: JSON.stringify({ query: '{ people { totalCount } }' }),
  });
  const body = (await response.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };

  expect(body.errors).toEqual([
    expect.objectContaining({
      message: 'Unexpected error; quote request id lost-db-1 when reporting it.',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'lost-db-1' },
    }),
  ]);
  expect(JSON.stringify(body)).not.toMatch(/No database is open|\.ts:\d+/);
  // Logged once, at error, under the request id.
  expect(api.logs.filter((line) => line['level'] === 'error')).toEqual([
    expect.objectContaining({ level: 'error', requestId: 'lost-db-1', error: expect.objectContaining({ message: expect.stringMatching(/No database is open/) }) }),
  ]);
});
