import { checkApiKey, getDatabase } from '@parley/db';
import { unauthenticated, type Caller } from '@parley/schema';

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

/**
 * The caller a request's `Authorization` header names. No header is an anonymous caller;
 * a header that is not `Bearer <key>`, or a key that is unknown or revoked, is refused
 * outright, whatever the operation, so a client learns at once that its key is wrong.
 */
export async function authenticate(request: Request): Promise<Caller> {
  const header = request.headers.get('authorization');
  if (header === null) return { kind: 'anonymous' };
  const token = BEARER.exec(header)?.[1];
  if (!token) throw unauthenticated('The Authorization header must be "Bearer <API key>".');
  const check = await checkApiKey(getDatabase(), token);
  if (check.kind === 'unknown') throw unauthenticated('The API key is not valid.');
  if (check.kind === 'revoked') throw unauthenticated(`The API key "${check.key.name}" was revoked.`);
  return { kind: 'key', keyId: check.key.id, name: check.key.name, scopes: check.key.scopes };
}
