import { parseDatabaseUrl } from './config';
import { parseReplicaUrls, readConnectionSettings } from './settings';

describe('DATABASE_URL', () => {
  it('chooses the engine: PostgreSQL for postgresql:// and postgres://, SQLite for file:, :memory: or nothing', () => {
    expect(parseDatabaseUrl('postgresql://parley@db:5432/parley')).toEqual({ provider: 'postgresql', url: 'postgresql://parley@db:5432/parley' });
    expect(parseDatabaseUrl('postgres://parley@db/parley').provider).toBe('postgresql');
    expect(parseDatabaseUrl('file:./graph.db')).toEqual({ provider: 'sqlite', url: 'file:./graph.db', file: './graph.db' });
    expect(parseDatabaseUrl(':memory:').provider).toBe('sqlite');
    expect(parseDatabaseUrl(undefined)).toEqual({ provider: 'sqlite', url: 'file:./parley.db', file: './parley.db' });
  });

  it('refuses another scheme without showing its password', () => {
    expect(() => parseDatabaseUrl('mysql://root:hunter2@db/parley')).toThrow(
      'DATABASE_URL "mysql://root:***@db/parley" is not supported: use a SQLite file URL such as file:./parley.db (or :memory:), or a PostgreSQL URL such as postgresql://parley@localhost:5432/parley.',
    );
  });
});

describe('connection settings from the environment', () => {
  it('reads pool size, statement timeout, busy timeout, write queue and replicas', () => {
    const settings = readConnectionSettings({
      DATABASE_POOL_SIZE: '20',
      DATABASE_STATEMENT_TIMEOUT_MS: '5000',
      DATABASE_BUSY_TIMEOUT_MS: '1500',
      DATABASE_WRITE_QUEUE: '8',
      DATABASE_REPLICA_URLS: ' postgresql://r1/parley , postgresql://r2/parley ',
    });
    expect(settings).toEqual({
      poolSize: 20,
      statementTimeoutMs: 5000,
      busyTimeoutMs: 1500,
      writeQueueLimit: 8,
      replicaUrls: ['postgresql://r1/parley', 'postgresql://r2/parley'],
    });
  });

  it('names the variable and the value it refuses', () => {
    expect(() => readConnectionSettings({ DATABASE_POOL_SIZE: 'ten' })).toThrow('DATABASE_POOL_SIZE "ten" must be a whole number of at least 1.');
    expect(() => readConnectionSettings({ DATABASE_STATEMENT_TIMEOUT_MS: '0' })).toThrow('DATABASE_STATEMENT_TIMEOUT_MS "0" must be a whole number of at least 1.');
  });

  it('refuses replicas for SQLite, and replicas that are not PostgreSQL', () => {
    expect(() => parseReplicaUrls(parseDatabaseUrl('file:./parley.db'), ['postgresql://r1/parley'])).toThrow(
      'DATABASE_REPLICA_URLS needs a PostgreSQL DATABASE_URL: SQLite has no replicas.',
    );
    expect(() => parseReplicaUrls(parseDatabaseUrl('postgresql://db/parley'), ['file:./copy.db'])).toThrow('DATABASE_REPLICA_URLS: "file:./copy.db" is not a PostgreSQL URL.');
  });
});
