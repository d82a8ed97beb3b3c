import { API_SCOPES, isApiScope, type ApiScope } from '@parley/db';
import type { GraphQLResolveInfo } from 'graphql';
import { forbidden, unauthenticated } from './auth-errors';
import type { ParleyContext } from './context';

function holds(context: ParleyContext, scope: ApiScope): boolean {
  return context.caller.kind === 'key' && context.caller.scopes.includes(scope);
}

/** The scopes named in a scope-auth failure, however it nests them. */
function scopesOf(failure: unknown): ApiScope[] {
  if (typeof failure !== 'object' || failure === null) return [];
  const { scope, failures } = failure as { scope?: unknown; failures?: unknown };
  const own = typeof scope === 'string' && isApiScope(scope) ? [scope] : [];
  return [...own, ...(Array.isArray(failures) ? failures.flatMap(scopesOf) : [])];
}

/** The scope the request lacked: the highest one the failure names. */
function neededScope(failure: unknown): ApiScope {
  const named = new Set(scopesOf(failure));
  return [...API_SCOPES].reverse().find((scope) => named.has(scope)) ?? 'admin';
}

/**
 * Scopes of a request: what its key grants, and `read` for everyone while reads are
 * public. A request without a key that needs one is unauthenticated; a key without the
 * scope is forbidden.
 */
export const scopeAuthOptions = {
  authScopes: (context: ParleyContext) => ({
    read: context.publicRead || holds(context, 'read'),
    write: holds(context, 'write'),
    admin: holds(context, 'admin'),
  }),
  unauthorizedError: (_parent: unknown, context: ParleyContext, info: GraphQLResolveInfo, result: { failure: unknown }) => {
    const needed = neededScope(result.failure);
    if (context.caller.kind === 'anonymous') {
      return unauthenticated(`${info.fieldName} needs an API key with the "${needed}" scope: send "Authorization: Bearer <key>".`);
    }
    return forbidden(`${info.fieldName} needs the "${needed}" scope; key "${context.caller.name}" has ${context.caller.scopes.join(', ')}.`);
  },
};
