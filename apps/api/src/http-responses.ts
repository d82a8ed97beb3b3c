import type { FetchAPI } from 'graphql-yoga';

/** A JSON response made with the server's own fetch classes, which Yoga's node adapter streams correctly. */
export function jsonResponse(fetchAPI: FetchAPI, status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new fetchAPI.Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

/** A response outside GraphQL execution, shaped like a GraphQL error so clients read it the same way. */
export function jsonErrorResponse(fetchAPI: FetchAPI, status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return jsonResponse(fetchAPI, status, { errors: [{ message, extensions: { code } }] }, headers);
}
