import type { ParleyApp } from '../app';

/** Milliseconds `{ __typename }` takes to answer; throws if it does not answer `Query`. */
export async function probe(app: ParleyApp): Promise<number> {
  const started = performance.now();
  const response = await app.fetch('http://parley.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  const body = (await response.json()) as { data?: { __typename?: string } };
  if (body.data?.__typename !== 'Query') throw new Error(`The probe got ${JSON.stringify(body)}`);
  return performance.now() - started;
}

/** A POST of any body to `/graphql`, as a hostile client would send it. */
export function post(app: ParleyApp, body: BodyInit, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<Response> {
  return Promise.resolve(app.fetch('http://parley.test/graphql', { method: 'POST', headers, body }));
}
