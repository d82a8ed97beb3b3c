import { InputError, retryableDatabaseError } from '@parley/db';
import { ArticleWorkError } from '@parley/ingest/workers';
import { GraphQLError } from 'graphql';
import type { Logger } from './logger';
import { currentRequestId } from './request-id';

/**
 * A document the parser refused (bad syntax, or past a token or cost limit, which are
 * checked while parsing) is a bad request: 400 under `application/graphql-response+json`.
 */
function asRequestError(error: GraphQLError): GraphQLError {
  if (error.path || !error.message.startsWith('Syntax Error: ') || error.extensions['http']) return error;
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { code: 'GRAPHQL_PARSE_FAILED', ...error.extensions, http: { status: 400 } } });
}

/**
 * What clients see of an error. Errors made for them (bad arguments, bad input, invalid
 * queries, missing keys) keep their message and are logged at `info`, without a stack:
 * they are the client's mistake, not the server's. Anything else is logged once at
 * `error` with the request id and replaced by a message that carries only that id. No
 * stack trace leaves the server.
 */
export function createErrorHandling(logger: Logger): { maskError: (error: unknown) => Error; yogaLogger: Logger } {
  // Yoga logs every error the masker changed, at error and with its stack; the masker has
  // already logged each at the level it deserves, so Yoga's copy is dropped.
  const reported = new WeakSet<object>();
  const yogaLogger: Logger = {
    ...logger,
    error: (message, ...rest) => {
      if (typeof message === 'object' && message !== null && reported.has(message)) return;
      logger.error(message, ...rest);
    },
  };
  const maskError = (error: unknown): Error => {
    if (typeof error === 'object' && error !== null) reported.add(error);
    const located = error instanceof GraphQLError ? error : undefined;
    const original = located?.originalError ?? error;
    const position = { nodes: located?.nodes, path: located?.path };

    const requestId = currentRequestId();
    const clientError =
      original instanceof InputError
        ? new GraphQLError(original.message, { ...position, extensions: { code: 'BAD_USER_INPUT', argument: original.field } })
        : original instanceof ArticleWorkError
          ? new GraphQLError(original.message, { ...position, extensions: { code: original.code } })
          : original instanceof GraphQLError
            ? asRequestError(located ?? original)
            : undefined;
    if (clientError) {
      logger.info('client error', { requestId, code: clientError.extensions['code'] ?? 'GRAPHQL_VALIDATION_FAILED', reason: clientError.message, path: clientError.path?.join('.') });
      return clientError;
    }
    const retryable = retryableDatabaseError(original);
    if (retryable) {
      logger.warn('database not available for the request', { requestId, code: retryable.code, error: original });
      return new GraphQLError(retryable.message, { ...position, extensions: { code: retryable.code, retryAfterSeconds: retryable.retryAfterSeconds } });
    }

    logger.error('unexpected error', { requestId, path: located?.path?.join('.'), error: original });
    return new GraphQLError(`Unexpected error; quote request id ${requestId ?? 'unknown'} when reporting it.`, {
      ...position,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    });
  };
  return { maskError, yogaLogger };
}
