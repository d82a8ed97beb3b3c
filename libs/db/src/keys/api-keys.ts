import { createHash, timingSafeEqual } from 'node:crypto';
import type { Database } from '../client';
import { ConflictError, InputError, NotFoundError } from '../errors';
import { issueKey, secretMatches, splitKey } from './key-secret';
import { grantedScopes, isApiScope, type ApiScope } from './scopes';

export interface ApiKeyInfo {
  id: number;
  name: string;
  prefix: string;
  scopes: ApiScope[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export type KeyCheck = { kind: 'valid'; key: ApiKeyInfo } | { kind: 'unknown' } | { kind: 'revoked'; key: ApiKeyInfo };

const MAX_NAME_LENGTH = 100;
/** Last use is written at most this often per key, so reads do not turn into writes. */
const LAST_USE_RESOLUTION_MS = 60_000;
const VERIFIED_CACHE_SIZE = 1000;

/** Digests of secrets already checked against their scrypt hash, so each request does not pay for scrypt again. */
const verified = new Map<string, Buffer>();

function toInfo(row: { id: number; name: string; prefix: string; scopes: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }): ApiKeyInfo {
  const scopes = row.scopes.split(',').filter(isApiScope);
  return { id: row.id, name: row.name, prefix: row.prefix, scopes, createdAt: row.createdAt, lastUsedAt: row.lastUsedAt, revokedAt: row.revokedAt };
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new InputError('name', 'must not be empty');
  if (trimmed.length > MAX_NAME_LENGTH) throw new InputError('name', `must be at most ${MAX_NAME_LENGTH} characters (got ${trimmed.length})`);
  if (!trimmed.isWellFormed()) throw new InputError('name', 'contains a lone UTF-16 surrogate');
  return trimmed;
}

function checkScopes(scopes: readonly string[]): ApiScope[] {
  if (scopes.length === 0) throw new InputError('scope', 'give at least one of read, write, admin');
  const unknown = scopes.filter((scope) => !isApiScope(scope));
  if (unknown.length > 0) throw new InputError('scope', `"${unknown.join('", "')}" is not a scope; use read, write or admin`);
  return grantedScopes(scopes.filter(isApiScope));
}

/** Stores a new key and returns it with the whole key, the only time the secret exists outside the caller. */
export async function createApiKey(db: Database, input: { name: string; scopes: readonly string[] }): Promise<{ key: string; info: ApiKeyInfo }> {
  const name = checkName(input.name);
  const scopes = checkScopes(input.scopes);
  const issued = await issueKey();
  const row = await db.apiKey.create({ data: { name, scopes: scopes.join(','), prefix: issued.prefix, hash: issued.hash } });
  return { key: issued.key, info: toInfo(row) };
}

export async function listApiKeys(db: Database): Promise<ApiKeyInfo[]> {
  return (await db.apiKey.findMany({ orderBy: { id: 'asc' } })).map(toInfo);
}

/** Revokes a key by id, at once for every request after this one. */
export async function revokeApiKey(db: Database, id: number): Promise<ApiKeyInfo> {
  const { count } = await db.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
  const row = await db.apiKey.findUnique({ where: { id } });
  if (!row) throw new NotFoundError(`No API key has ID ${id}.`);
  if (count === 0) throw new ConflictError(`API key ${id} ("${row.name}") was already revoked on ${row.revokedAt?.toISOString()}.`);
  return toInfo(row);
}

function digest(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

async function secretIsRight(prefix: string, secret: string, hash: string): Promise<boolean> {
  const known = verified.get(prefix);
  const given = digest(secret);
  if (known) return timingSafeEqual(known, given);
  if (!(await secretMatches(secret, hash))) return false;
  if (verified.size >= VERIFIED_CACHE_SIZE) verified.delete(verified.keys().next().value as string);
  verified.set(prefix, given);
  return true;
}

/** Who a presented key belongs to, and records its use; a key Parley did not issue is `unknown`. */
export async function checkApiKey(db: Database, key: string, now = new Date()): Promise<KeyCheck> {
  const parts = splitKey(key);
  if (!parts) return { kind: 'unknown' };
  const row = await db.apiKey.findUnique({ where: { prefix: parts.prefix } });
  if (!row || !(await secretIsRight(row.prefix, parts.secret, row.hash))) return { kind: 'unknown' };
  if (row.revokedAt) return { kind: 'revoked', key: toInfo(row) };
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USE_RESOLUTION_MS) {
    return { kind: 'valid', key: toInfo(await db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: now } })) };
  }
  return { kind: 'valid', key: toInfo(row) };
}
