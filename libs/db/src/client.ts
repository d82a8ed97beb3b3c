import { parseDatabaseUrl, type DatabaseUrl } from './config';
import { PrismaClient } from './generated/prisma/client';
import { ParleySqliteAdapterFactory } from './sqlite-adapter';

export type Database = PrismaClient;

export interface DatabaseOptions {
  /** Called with the text of every SQL statement the client sends. */
  onQuery?: (sql: string) => void;
}

/** A Prisma client on its driver adapter for the given `DATABASE_URL`. */
export function createPrismaClient(databaseUrl: string | DatabaseUrl | undefined, options: DatabaseOptions = {}): Database {
  const database = typeof databaseUrl === 'object' ? databaseUrl : parseDatabaseUrl(databaseUrl);
  const adapter = new ParleySqliteAdapterFactory(database);
  const { onQuery } = options;
  if (!onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) => onQuery(event.query));
  return client as unknown as Database;
}

let current: Database | undefined;
let currentUrl: string | undefined;

/**
 * Opens the process's database; the GraphQL schema and the write paths use it through
 * `getDatabase()`. Opening another closes the previous one.
 */
export async function connectDatabase(databaseUrl: string | DatabaseUrl | undefined, options: DatabaseOptions = {}): Promise<Database> {
  await disconnectDatabase();
  const database = typeof databaseUrl === 'object' ? databaseUrl : parseDatabaseUrl(databaseUrl);
  current = createPrismaClient(database, options);
  currentUrl = database.url;
  await current.$connect();
  return current;
}

export function getDatabase(): Database {
  if (!current) throw new Error('No database is open: call connectDatabase(DATABASE_URL) first.');
  return current;
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
