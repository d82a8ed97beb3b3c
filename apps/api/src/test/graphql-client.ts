import { createApiKey, type ApiScope } from '@parley/db';
import { openTempDatabase, type TempDatabase } from '@parley/db/testing';
import { createApp, type AppOptions, type ParleyApp } from '../app';
import { createLogger, type LogLevel } from '../logger';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

export interface TestApi {
  app: ParleyApp;
  database: TempDatabase;
  /** Log lines the app wrote, parsed. */
  logs: Array<Record<string, unknown>>;
  query<T = Record<string, unknown>>(document: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** POSTs a GraphQL document as JSON with extra headers; the status and the parsed body. */
  send<T = Record<string, unknown>>(document: string, options?: { variables?: Record<string, unknown>; headers?: Record<string, string> }): Promise<{ status: number; headers: Headers; body: GraphQLResponse<T> }>;
  /** A new API key with these scopes, as the header that sends it. */
  keyHeader(scopes: ApiScope[], name?: string): Promise<{ authorization: string }>;
  close(): Promise<void>;
}

export interface TestApiOptions extends Omit<AppOptions, 'logger'> {
  logLevel?: LogLevel;
  /** Scopes of a key that `query` sends with every request; none by default. */
  keyScopes?: ApiScope[];
}

/** The API over a fresh, migrated and seeded temporary database, queried through `yoga.fetch`. */
export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const database = await openTempDatabase();
  const logs: Array<Record<string, unknown>> = [];
  const logger = createLogger(options.logLevel ?? 'warn', (line) => logs.push(JSON.parse(line) as Record<string, unknown>));
  const app = createApp({ ...options, logger });
  const send = async <T>(document: string, { variables, headers }: { variables?: Record<string, unknown>; headers?: Record<string, string> } = {}) => {
    const response = await app.fetch('http://parley.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query: document, variables }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse<T> };
  };
  const keyHeader = async (scopes: ApiScope[], name = `test ${scopes.join('+')}`) => {
    const { key } = await createApiKey(database.db, { name, scopes });
    return { authorization: `Bearer ${key}` };
  };
  const queryHeaders = options.keyScopes ? await keyHeader(options.keyScopes) : {};
  return {
    app,
    keyHeader,
    database,
    logs,
    send,
    query: async <T>(document: string, variables?: Record<string, unknown>) => (await send<T>(document, { variables, headers: queryHeaders })).body,
    close: async () => {
      await app.dispose();
      await database.close();
    },
  };
}
