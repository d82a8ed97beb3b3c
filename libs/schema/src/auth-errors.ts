import { GraphQLError } from 'graphql';

/** No key, or a key Parley does not accept: HTTP 401 with a Bearer challenge. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'www-authenticate': 'Bearer realm="parley"' } } },
  });
}

/** A valid key without the scope an operation needs: HTTP 403. */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}
