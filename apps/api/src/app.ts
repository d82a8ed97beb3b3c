import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { schema, type ParleyContext } from '@parley/schema';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { createErrorMasker } from './errors';
import { EXAMPLE_QUERY } from './example-query';
import { useExplorer } from './explorer';
import { createLogger, type Logger } from './logger';
import { currentRequestId, useRequestId } from './request-id';

export interface AppOptions {
  logger?: Logger;
  /** The built Parley Explorer (`dist/apps/web`), served at `/`; without it only `/graphql` answers. */
  explorerDir?: string;
}

const GRAPHQL_ENDPOINT = '/graphql';

export type ParleyApp = YogaServerInstance<Record<string, never>, ParleyContext>;

/**
 * The GraphQL API as a fetch handler: `/graphql` answers queries and serves GraphiQL.
 * It reads the database opened with `connectDatabase`; listening is the caller's business.
 */
export function createApp(options: AppOptions = {}): ParleyApp {
  const logger = options.logger ?? createLogger();
  return createYoga<Record<string, never>, ParleyContext>({
    schema,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    landingPage: false,
    logging: logger,
    maskedErrors: { maskError: createErrorMasker(logger) },
    context: () => ({ requestId: currentRequestId() ?? 'unknown' }),
    graphiql: { title: 'Parley', defaultQuery: EXAMPLE_QUERY },
    // GraphiQL's scripts served from this package, so the page works offline too.
    renderGraphiQL,
    plugins: [useRequestId(), ...(options.explorerDir ? [useExplorer(options.explorerDir, GRAPHQL_ENDPOINT)] : [])],
  });
}
