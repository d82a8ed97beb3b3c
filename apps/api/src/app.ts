import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { schema, type ParleyContext } from '@parley/schema';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { authenticate } from './authentication';
import { createErrorHandling } from './errors';
import { EXAMPLE_QUERY } from './example-query';
import { createLogger, type Logger } from './logger';
import { useReadYourWrites } from './read-your-writes';
import { corsFor, useJsonBodiesOnly, useUtf8Bodies } from './request-guards';
import { currentRequestId, useRequestId } from './request-id';

export interface AppOptions {
  logger?: Logger;
  /** Whether queries run without an API key (default true). */
  publicRead?: boolean;
  /** Web origins allowed to call the API from a browser (`PARLEY_CORS_ORIGINS`); none by default. */
  corsOrigins?: readonly string[];
}

export type ParleyApp = YogaServerInstance<Record<string, never>, ParleyContext>;

/**
 * The GraphQL API as a fetch handler: `/graphql` answers queries and serves GraphiQL.
 * It reads the database opened with `connectDatabase`; listening is the caller's business.
 */
export function createApp(options: AppOptions = {}): ParleyApp {
  const { maskError, yogaLogger } = createErrorHandling(options.logger ?? createLogger());
  return createYoga<Record<string, never>, ParleyContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    cors: corsFor(options.corsOrigins ?? []),
    multipart: false,
    logging: yogaLogger,
    maskedErrors: { maskError },
    context: async ({ request }) => ({
      requestId: currentRequestId() ?? 'unknown',
      caller: await authenticate(request),
      publicRead: options.publicRead ?? true,
    }),
    graphiql: { title: 'Parley', defaultQuery: EXAMPLE_QUERY },
    // GraphiQL's scripts served from this package, so the page works offline too.
    renderGraphiQL,
    plugins: [useRequestId(), useReadYourWrites(), useJsonBodiesOnly(), useUtf8Bodies()],
  });
}
