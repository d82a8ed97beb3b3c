import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

const REQUEST_ID_HEADER = 'x-request-id';
const VALID_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const requestIds = new AsyncLocalStorage<string>();

/** The id of the request being served, for logs and masked errors. */
export function currentRequestId(): string | undefined {
  return requestIds.getStore();
}

/**
 * Gives every request an id (the client's `x-request-id` when it sends a sane one), keeps
 * it for the rest of the request's work, and returns it in the response header.
 */
export function useRequestId(): Plugin {
  return {
    onRequest({ request }) {
      const given = request.headers.get(REQUEST_ID_HEADER);
      requestIds.enterWith(given && VALID_REQUEST_ID.test(given) ? given : randomUUID());
    },
    onResponse({ response }) {
      const requestId = currentRequestId();
      if (requestId) response.headers.set(REQUEST_ID_HEADER, requestId);
    },
  };
}
