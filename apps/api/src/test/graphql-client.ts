import { openTempDatabase, type TempDatabase } from '@parley/db/testing';
import { createApp, type AppOptions, type ParleyApp } from '../app';
import { createLogger } from '../logger';

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
  close(): Promise<void>;
}

/** The API over a fresh, migrated and seeded temporary database, queried through `yoga.fetch`. */
export async function startTestApi(options: Omit<AppOptions, 'logger'> = {}): Promise<TestApi> {
  const database = await openTempDatabase();
  const logs: Array<Record<string, unknown>> = [];
  const app = createApp({ ...options, logger: createLogger('warn', (line) => logs.push(JSON.parse(line) as Record<string, unknown>)) });
  return {
    app,
    database,
    logs,
    query: async <T>(document: string, variables?: Record<string, unknown>) => {
      const response = await app.fetch('http://parley.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: document, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    },
    close: async () => {
      await app.dispose();
      await database.close();
    },
  };
}
