import { InputError } from '@parley/db';
import { ArticleWorkError } from '@parley/ingest';
import { GraphQLError } from 'graphql';
import type { Logger } from './logger';
import { currentRequestId } from './request-id';

/**
 * What clients see of an error. Errors made for them (bad arguments, bad input, invalid
 * queries) keep their message; anything else is logged with the request id and replaced
 * by a message that carries only that id. No stack trace leaves the server.
 */
export function createErrorMasker(logger: Logger) {
  return (error: unknown): Error => {
    const located = error instanceof GraphQLError ? error : undefined;
    const original = located?.originalError ?? error;
    const position = { nodes: located?.nodes, path: located?.path };

    if (original instanceof InputError) {
      return new GraphQLError(original.message, { ...position, extensions: { code: 'BAD_USER_INPUT', argument: original.field } });
    }
    if (original instanceof ArticleWorkError) {
      return new GraphQLError(original.message, { ...position, extensions: { code: original.code } });
    }
    if (original instanceof GraphQLError) return located ?? original;

    const requestId = currentRequestId();
    logger.error('unexpected error', { requestId, path: located?.path?.join('.'), error: original });
    return new GraphQLError(`Unexpected error; quote request id ${requestId ?? 'unknown'} when reporting it.`, {
      ...position,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    });
  };
}
