import { cacheExchange, Client, fetchExchange, type AnyVariables, type TypedDocumentNode } from '@urql/core';
import { ParleyApiError } from './errors';

export interface ParleyClientOptions {
  /** The GraphQL endpoint, e.g. `http://localhost:4000/graphql`, or `/graphql` in a page served by Parley. */
  url: string;
  /** Sent as `Authorization: Bearer <key>`; reads need none, writes do. */
  apiKey?: string;
  /** A fetch of your own (a test server's, a proxy's); the global one otherwise. */
  fetch?: typeof fetch;
}

/** An urql client for the Parley API: document cache, one POST per operation. */
export function createParleyClient(options: ParleyClientOptions): Client {
  return new Client({
    url: options.url,
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    ...(options.fetch && { fetch: options.fetch }),
    fetchOptions: () => (options.apiKey ? { headers: { authorization: `Bearer ${options.apiKey}` } } : {}),
  });
}

/** Runs a query and gives its data, or throws a `ParleyApiError` carrying the API's named errors. */
export async function request<Data, Variables extends AnyVariables>(
  client: Client,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  const result = await client.query(document, variables, { requestPolicy: 'network-only' }).toPromise();
  if (result.error) throw ParleyApiError.from(result.error);
  if (result.data === undefined) throw new ParleyApiError('The Parley API answered without data.', []);
  return result.data;
}
