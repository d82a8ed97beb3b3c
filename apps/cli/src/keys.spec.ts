import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkApiKey, createPrismaClient, type Database } from '@parley/db';
import { runCli } from './cli';
import { bufferIo } from './buffer-io';

let dir: string;
let databaseUrl: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'parley-keys-'));
  databaseUrl = `file:${path.join(dir, 'keys.db')}`;
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const db = createPrismaClient(databaseUrl);
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

describe('parley keys', () => {
  it('creates a key, printed alone on stdout, stored only as a hash, that the API accepts', async () => {
    const io = bufferIo();
    expect(await runCli(['keys', 'create', '--scope', 'write', '--name', 'newsroom-importer', '--database', databaseUrl], io)).toBe(0);
    const key = io.out().trim();
    expect(io.out()).toBe(`${key}\n`);
    expect(key).toMatch(/^parley_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(io.err()).toMatch(/^Created key 1 "newsroom-importer" with scopes read, write\. It is shown once/);

    const stored = await withDatabase((db) => db.apiKey.findFirstOrThrow());
    expect(stored.hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(JSON.stringify(stored)).not.toContain(key.split('_')[2]);
    const check = await withDatabase((db) => checkApiKey(db, key));
    expect(check).toEqual({ kind: 'valid', key: expect.objectContaining({ name: 'newsroom-importer', scopes: ['read', 'write'], lastUsedAt: expect.any(Date) }) });
  });

  it('lists keys with their scopes, last use and status, and revokes one', async () => {
    const list = bufferIo();
    expect(await runCli(['keys', 'list', '--database', databaseUrl], list)).toBe(0);
    expect(list.out()).toMatch(/^ {3}1 {2}newsroom-importer {2}scopes=read,write {2}created=\S+ {2}last used=\d{4}-\S+ {2}active\n$/);

    const revoke = bufferIo();
    expect(await runCli(['keys', 'revoke', '1', '--database', databaseUrl], revoke)).toBe(0);
    expect(revoke.err()).toBe('Revoked key 1 "newsroom-importer".\n');
    const again = bufferIo();
    expect(await runCli(['keys', 'revoke', '1', '--database', databaseUrl], again)).toBe(0);
    expect(again.err()).toMatch(/^API key 1 \("newsroom-importer"\) was already revoked on /);

    const after = bufferIo();
    await runCli(['keys', 'list', '--database', databaseUrl], after);
    expect(after.out()).toMatch(/revoked \d{4}-\S+\n$/);
  });

  it('says what is wrong with a bad call', async () => {
    const cases: Array<[string[], number, RegExp]> = [
      [['keys', 'create', '--name', 'x'], 2, /give the key at least one --scope/],
      [['keys', 'create', '--scope', 'write'], 2, /give the key a --name/],
      [['keys', 'create', '--scope', 'root', '--name', 'x'], 2, /--scope: "root" is not a scope; use read, write or admin/],
      [['keys', 'create', '--scope', 'read', '--name', '  '], 2, /--name: must not be empty/],
      [['keys', 'revoke', 'abc'], 2, /"abc" is not a key ID/],
      [['keys', 'revoke', '42'], 1, /no API key has ID 42|No API key has ID 42/],
      [['keys', 'rotate'], 2, /unknown action "rotate"; use create, list or revoke/],
    ];
    for (const [args, code, message] of cases) {
      const io = bufferIo();
      expect({ args, code: await runCli([...args, '--database', databaseUrl], io) }).toEqual({ args, code });
      expect(io.err()).toMatch(message);
      expect(io.out()).toBe('');
    }
    expect(await withDatabase((db) => db.apiKey.count())).toBe(1);
  });
});
