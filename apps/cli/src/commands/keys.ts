import { ConflictError, createApiKey, DEFAULT_DATABASE_URL, disconnectDatabase, InputError, listApiKeys, NotFoundError, prepareDatabase, revokeApiKey, type ApiKeyInfo, type Database } from '@parley/db';
import { parseCommandArgs } from '../args';
import { UsageError, type CliIo, type Command } from '../io';

const HELP = `Usage: parley keys create --scope SCOPE[,SCOPE] --name NAME [--database URL]
       parley keys list [--database URL]
       parley keys revoke ID [--database URL]

API keys for the GraphQL API, sent as "Authorization: Bearer KEY".
Scopes: read (queries, when PARLEY_PUBLIC_READ=false), write (mutations, and read),
admin (everything). A key is printed once, alone on standard output, when it is created;
Parley stores only a hash of it.

Options:
  --scope SCOPE      read, write or admin; repeat or separate with commas
  --name NAME        what the key is for, e.g. "newsroom-importer"
  --database URL     SQLite database (default: $DATABASE_URL or ${DEFAULT_DATABASE_URL})
  -h, --help         show this help
`;

const OPTIONS = { scope: { type: 'string', multiple: true }, name: { type: 'string' }, database: { type: 'string' } } as const;

function describe(key: ApiKeyInfo): string {
  const status = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active';
  const lastUsed = key.lastUsedAt ? key.lastUsedAt.toISOString() : 'never';
  return `${String(key.id).padStart(4)}  ${key.name}  scopes=${key.scopes.join(',')}  created=${key.createdAt.toISOString()}  last used=${lastUsed}  ${status}`;
}

async function withDatabase<T>(url: string | undefined, work: (db: Database) => Promise<T>): Promise<T> {
  const { db } = await prepareDatabase(url, { seed: false });
  try {
    return await work(db);
  } finally {
    await disconnectDatabase();
  }
}

function keyId(positional: string | undefined): number {
  if (positional === undefined) throw new UsageError('name the key to revoke by its ID (see `parley keys list`)');
  if (!/^[1-9][0-9]{0,9}$/.test(positional)) throw new UsageError(`"${positional}" is not a key ID (a positive whole number)`);
  return Number(positional);
}

export const keysCommand: Command = {
  name: 'keys',
  summary: 'create, list and revoke API keys',
  help: HELP,
  async run(args, io: CliIo) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS);
    const [action, ...rest] = positionals;
    const databaseUrl = typeof values.database === 'string' ? values.database : io.env['DATABASE_URL'];
    if (action === 'create') {
      if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
      if (typeof values.name !== 'string') throw new UsageError('give the key a --name');
      const scopes = (values.scope ?? []).flatMap((scope) => scope.split(',')).map((scope) => scope.trim());
      if (scopes.length === 0) throw new UsageError('give the key at least one --scope (read, write, admin)');
      try {
        const { key, info } = await withDatabase(databaseUrl, (db) => createApiKey(db, { name: values.name as string, scopes }));
        io.stderr.write(`Created key ${info.id} "${info.name}" with scopes ${info.scopes.join(', ')}. It is shown once; store it now.\n`);
        io.stdout.write(`${key}\n`);
        return 0;
      } catch (error) {
        if (error instanceof InputError) throw new UsageError(`--${error.field}: ${error.problem}`);
        throw error;
      }
    }
    if (action === 'list') {
      const keys = await withDatabase(databaseUrl, listApiKeys);
      io.stdout.write(keys.length === 0 ? 'No API keys.\n' : `${keys.map(describe).join('\n')}\n`);
      return 0;
    }
    if (action === 'revoke') {
      const id = keyId(rest[0]);
      try {
        const revoked = await withDatabase(databaseUrl, (db) => revokeApiKey(db, id));
        io.stderr.write(`Revoked key ${revoked.id} "${revoked.name}".\n`);
        return 0;
      } catch (error) {
        if (error instanceof ConflictError) {
          io.stderr.write(`${error.message}\n`);
          return 0;
        }
        if (error instanceof NotFoundError) {
          io.stderr.write(`parley keys: ${error.message}\n`);
          return 1;
        }
        throw error;
      }
    }
    throw new UsageError(action ? `unknown action "${action}"; use create, list or revoke` : 'say create, list or revoke');
  },
};
