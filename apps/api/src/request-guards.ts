import type { Plugin } from 'graphql-yoga';

/** The only POST bodies that run operations: a browser cannot send these cross-site without a CORS preflight. */
const JSON_MEDIA_TYPES = new Set(['application/json', 'application/graphql-response+json']);

function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * CSRF prevention: a POST whose body is form-encoded, multipart, `text/plain` or anything
 * but JSON is refused with 415 before it is parsed, so no web page can make a visitor's
 * browser run an operation with a simple form.
 */
export function useJsonBodiesOnly(): Plugin {
  return {
    onRequest({ request, fetchAPI, endResponse }) {
      if (request.method !== 'POST') return;
      const type = mediaType(request.headers.get('content-type'));
      if (JSON_MEDIA_TYPES.has(type)) return;
      const message = `POST bodies must be application/json (got ${type ? `"${type}"` : 'no content type'}).`;
      endResponse(
        fetchAPI.Response.json(
          { errors: [{ message, extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] },
          { status: 415, headers: { 'content-type': 'application/json; charset=utf-8', accept: [...JSON_MEDIA_TYPES].join(', ') } },
        ),
      );
    },
  };
}

/**
 * CORS for the configured origins only, without credentials: keys travel in the
 * `Authorization` header, never in cookies. An origin not on the list gets no CORS headers.
 */
export function corsFor(origins: readonly string[]) {
  if (origins.length === 0) return false as const;
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !origins.includes(origin)) return false as const;
    return {
      origin: [origin],
      credentials: false,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'accept', 'authorization', 'x-request-id'],
      exposedHeaders: ['x-request-id'],
      maxAge: 600,
    };
  };
}
