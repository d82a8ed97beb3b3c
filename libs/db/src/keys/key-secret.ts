import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const SCRYPT = { N: 16384, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const KEY_FORMAT = /^parley_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export interface IssuedKey {
  /** The whole key, shown once: `parley_<prefix>_<secret>`. */
  key: string;
  prefix: string;
  hash: string;
}

function derive(secret: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(secret, salt, KEY_LENGTH, options, (error, derived) => (error ? reject(error) : resolve(derived))),
  );
}

/** A new random key and the salted scrypt hash of its secret, which is all that is stored. */
export async function issueKey(): Promise<IssuedKey> {
  const prefix = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const salt = randomBytes(16);
  const derived = await derive(secret, salt, SCRYPT);
  const hash = ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), derived.toString('base64url')].join('$');
  return { key: `parley_${prefix}_${secret}`, prefix, hash };
}

/** The prefix and secret of a key in Parley's format, or null for anything else. */
export function splitKey(key: string): { prefix: string; secret: string } | null {
  const match = KEY_FORMAT.exec(key);
  return match ? { prefix: match[1] as string, secret: match[2] as string } : null;
}

/** Whether the secret matches the stored hash, compared in constant time. */
export async function secretMatches(secret: string, hash: string): Promise<boolean> {
  const [algorithm, n, r, p, salt, expected] = hash.split('$');
  if (algorithm !== 'scrypt' || !salt || !expected) return false;
  const wanted = Buffer.from(expected, 'base64url');
  const derived = await derive(secret, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return derived.length === wanted.length && timingSafeEqual(derived, wanted);
}
