import type { ApiScope } from '@parley/db';
import type { GraphQLResolveInfo } from 'graphql';
import { forbidden, unauthenticated } from './auth-errors';
import type { ParleyContext } from './context';

function holds(context: ParleyContext, scope: ApiScope): boolean {
  return context.caller.kind === 'key' && context.caller.scopes.includes(scope);
}

const NEEDED: Record<string, ApiScope> = { query: 'read', mutation: 'write', subscription: 'read' };

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
  unauthorizedError: (_parent: unknown, context: ParleyContext, info: GraphQLResolveInfo) => {
    const needed = NEEDED[info.operation.operation] ?? 'admin';
    if (context.caller.kind === 'anonymous') {
      return unauthenticated(`${info.fieldName} needs an API key with the "${needed}" scope: send "Authorization: Bearer <key>".`);
    }
    return forbidden(`${info.fieldName} needs the "${needed}" scope; key "${context.caller.name}" has ${context.caller.scopes.join(', ')}.`);
  },
};
