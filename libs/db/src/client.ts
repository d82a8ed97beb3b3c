import { AsyncLocalStorage } from 'node:async_hooks';
import { readReplicas } from '@prisma/extension-read-replicas';
import type BetterSqlite3 from 'better-sqlite3';
import { toDatabaseUrl, type DatabaseUrl, type PostgresqlUrl, type Provider } from './config';
import { PrismaClient } from './generated/prisma/client';
import { PrismaClient as PostgresqlPrismaClient } from './generated/prisma-postgresql/client';
import { createPostgresqlAdapterFactory } from './postgresql-adapter';
import { parseReplicaUrls, readConnectionSettings, type ConnectionSettings } from './settings';
import { ParleySqliteAdapterFactory } from './sqlite-adapter';

/**
 * The Prisma client, typed by the SQLite model. The PostgreSQL client is generated from the
 * same model (prisma/postgresql/schema.prisma is derived from it), so it has the same API.
 */
export type Database = PrismaClient;

export interface DatabaseOptions extends Partial<ConnectionSettings> {
  /** Called with the text of every SQL statement the client sends. */
  onQuery?: (sql: string) => void;
}

const providers = new WeakMap<object, Provider>();
const busyTimeouts = new WeakMap<object, number>();
const sqliteAdapters = new WeakMap<object, ParleySqliteAdapterFactory>();
const queryLogs = new WeakMap<object, (sql: string) => void>();

/** Tells a client's query log (`onQuery`) of a statement sent beside Prisma, on its driver. */
export function logQuery(db: object, sql: string): void {
  queryLogs.get(db)?.(sql);
}

/**
 * The better-sqlite3 connection under a SQLite client once it has connected, for statements
 * Prisma's query engine does not write well; undefined on PostgreSQL or before `$connect()`.
 * Statements run on it share Prisma's one connection: a read between a transaction's BEGIN
 * and COMMIT sees that transaction's rows, so writes on it run with no await in between.
 */
export function sqliteDriverOf(db: object): BetterSqlite3.Database | undefined {
  return sqliteAdapters.get(db)?.driver;
}

/**
 * Runs synchronous `work` on a SQLite client's connection between `BEGIN IMMEDIATE` and
 * `COMMIT`, in the same write queue and under the same busy timeout as its Prisma
 * transactions, logging both to its query log; undefined on PostgreSQL or before `$connect()`.
 */
export function sqliteWriteOf(db: object): (<T>(work: (driver: BetterSqlite3.Database) => T) => Promise<T>) | undefined {
  const write = sqliteAdapters.get(db)?.writeSynchronously;
  if (!write) return undefined;
  return (work) => {
    logQuery(db, 'BEGIN IMMEDIATE');
    return write((driver) => {
      const result = work(driver);
      logQuery(db, 'COMMIT');
      return result;
    });
  };
}

/** How long a write of this client may wait for its turn (DATABASE_BUSY_TIMEOUT_MS). */
export function busyTimeoutOf(db: object): number {
  return busyTimeouts.get(db) ?? readConnectionSettings().busyTimeoutMs;
}

/** The engine a client talks to. */
export function providerOf(db: object): Provider {
  const known = providers.get(db);
  if (known) return known;
  // A client derived from one of ours (`$extends`, `$primary()`) still knows its engine.
  const active = (db as { _activeProvider?: string })._activeProvider;
  if (active === 'sqlite' || active === 'postgresql') return active;
  throw new Error('This Prisma client was not made by createPrismaClient: its database engine is unknown.');
}

type QueryLog = { $on(event: 'query', listener: (event: { query: string }) => void): void };

function withQueryLog<T extends QueryLog>(client: T, onQuery: ((sql: string) => void) | undefined): T {
  if (onQuery) client.$on('query', (event) => onQuery(event.query));
  return client;
}

function queryLogOption(onQuery: unknown) {
  return onQuery ? { log: [{ emit: 'event' as const, level: 'query' as const }] } : {};
}

function createPostgresqlClient(database: PostgresqlUrl, settings: ConnectionSettings, onQuery?: (sql: string) => void): PostgresqlPrismaClient {
  const adapter = createPostgresqlAdapterFactory(database, settings);
  const client = new PostgresqlPrismaClient({ adapter, ...queryLogOption(onQuery), transactionOptions: { maxWait: settings.busyTimeoutMs } });
  return withQueryLog(client as unknown as PostgresqlPrismaClient & QueryLog, onQuery);
}

/**
 * A Prisma client on the driver adapter `DATABASE_URL` calls for: SQLite for a `file:` URL,
 * PostgreSQL for `postgresql://`, with reads sent to `DATABASE_REPLICA_URLS` when given.
 * Settings not passed come from the environment (see ConnectionSettings).
 */
export function createPrismaClient(databaseUrl: string | DatabaseUrl | undefined, options: DatabaseOptions = {}): Database {
  const database = toDatabaseUrl(databaseUrl);
  const { onQuery, ...given } = options;
  const settings: ConnectionSettings = { ...readConnectionSettings(), ...given };
  const replicas = parseReplicaUrls(database, settings.replicaUrls);

  let client: object;
  if (database.provider === 'sqlite') {
    const adapter = new ParleySqliteAdapterFactory(database, settings);
    const sqlite = new PrismaClient({ adapter, ...queryLogOption(onQuery), transactionOptions: { maxWait: settings.busyTimeoutMs + 1000 } });
    client = withQueryLog(sqlite as unknown as PrismaClient & QueryLog, onQuery);
    sqliteAdapters.set(client, adapter);
  } else {
    const primary = createPostgresqlClient(database, settings, onQuery);
    client = replicas.length === 0 ? primary : primary.$extends(readReplicas({ replicas: replicas.map((replica) => createPostgresqlClient(replica, settings, onQuery)) }));
  }
  providers.set(client, database.provider);
  if (onQuery) queryLogs.set(client, onQuery);
  busyTimeouts.set(client, settings.busyTimeoutMs);
  return client as Database;
}

let current: Database | undefined;
const primaryScope = new AsyncLocalStorage<true>();
let currentUrl: string | undefined;

/**
 * Opens the process's database; the GraphQL schema and the write paths use it through
 * `getDatabase()`. Opening another closes the previous one.
 */
export async function connectDatabase(databaseUrl: string | DatabaseUrl | undefined, options: DatabaseOptions = {}): Promise<Database> {
  await disconnectDatabase();
  const database = toDatabaseUrl(databaseUrl);
  current = createPrismaClient(database, options);
  currentUrl = database.url;
  await current.$connect();
  return current;
}

/** The process's database; inside `onPrimary`, reads too go to the primary. */
export function getDatabase(): Database {
  if (!current) throw new Error('No database is open: call connectDatabase(DATABASE_URL) first.');
  return primaryScope.getStore() ? primaryOf(current) : current;
}

/** The client that reaches the primary (the client itself when there are no replicas). */
export function primaryOf(db: Database): Database {
  const routed = db as Database & { $primary?: () => Database };
  return typeof routed.$primary === 'function' ? routed.$primary() : db;
}

/**
 * Runs `work` with every read of `getDatabase()` on the primary: a mutation's answer reads
 * what it has just written, whatever a replica's lag.
 */
export function onPrimary<T>(work: () => T): T {
  return primaryScope.run(true, work);
}

/** The `DATABASE_URL` of the open database, for work done on other threads with their own connection. */
export function connectedDatabaseUrl(): string {
  if (!currentUrl) throw new Error('No database is open: call connectDatabase(DATABASE_URL) first.');
  return currentUrl;
}

export async function disconnectDatabase(): Promise<void> {
  const closing = current;
  current = undefined;
  currentUrl = undefined;
  await closing?.$disconnect();
}
