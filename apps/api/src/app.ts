// The workers' entry point only: the extractor loads on the article threads, not here.
import { createArticleWorkers, type ArticleWorkers } from '@parley/ingest/workers';
import { createGraphEvents, schema, type GraphEvents, type ParleyContext } from '@parley/schema';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { authenticate } from './authentication';
import { useCompiledQueries } from './compiled-queries';
import { createErrorHandling } from './errors';
import { EXAMPLE_QUERY } from './example-query';
import { useExplorer } from './explorer';
import { useRequestLimits } from './limits';
import { createLogger, type Logger } from './logger';
import { countingArticles, createMetrics, useMetrics, type Metrics } from './metrics';
import { useOperationsEndpoints } from './operations';
import { useRateLimit } from './rate-limit';
import { useReadYourWrites } from './read-your-writes';
import { corsFor, useJsonBodiesOnly } from './request-guards';
import { currentRequestId, useRequestId } from './request-id';
import { defaultAppSettings, type AppSettings } from './settings';

export interface AppOptions {
  logger?: Logger;
  /** Whether queries run without an API key (default true). */
  publicRead?: boolean;
  /** Web origins allowed to call the API from a browser (`PARLEY_CORS_ORIGINS`); none by default. */
  corsOrigins?: readonly string[];
  settings?: AppSettings;
  metrics?: Metrics;
  /** Where ingest announces additions; give one shared by every replica to reach all their subscribers. */
  events?: GraphEvents;
  /** The built Parley Explorer (`dist/apps/web`), served at `/`; without it only `/graphql` answers. */
  explorerDir?: string;
}

const GRAPHQL_ENDPOINT = '/graphql';

export type ParleyApp = YogaServerInstance<Record<string, never>, ParleyContext>;

/** Stops the article workers with the app: `await app.dispose()`. */
function useWorkersDisposal(workers: ArticleWorkers) {
  return { onDispose: () => workers.close() };
}

/**
 * The GraphQL API as a fetch handler: `/graphql` answers queries and subscriptions (over
 * Server-Sent Events) and serves GraphiQL; `/health`, `/ready` and `/metrics` are for
 * operators. It reads the database opened with `connectDatabase`; listening is the caller's business.
 */
export function createApp(options: AppOptions = {}): ParleyApp {
  const { maskError, yogaLogger } = createErrorHandling(options.logger ?? createLogger());
  const settings = options.settings ?? defaultAppSettings();
  const metrics = options.metrics ?? createMetrics();
  const events = options.events ?? createGraphEvents();
  const workers = createArticleWorkers(settings.articles);
  const articles = countingArticles(workers, metrics);
  return createYoga<Record<string, never>, ParleyContext>({
    schema,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    healthCheckEndpoint: '/health',
    landingPage: false,
    cors: corsFor(options.corsOrigins ?? []),
    multipart: false,
    batching: false,
    // The body's size is bounded, more tightly, by the request limits, which read it once.
    maxRequestBodySize: false,
    logging: yogaLogger,
    maskedErrors: { maskError },
    context: async ({ request }) => ({
      requestId: currentRequestId() ?? 'unknown',
      caller: await authenticate(request),
      publicRead: options.publicRead ?? true,
      articles,
      events,
    }),
    graphiql: settings.graphiql ? { title: 'Parley', defaultQuery: EXAMPLE_QUERY } : false,
    // GraphiQL's scripts served from this package, so the page works offline too; loaded on
    // the first visit, so that a server nobody opens GraphiQL on never holds the bundle.
    renderGraphiQL: async (graphiqlOptions) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(graphiqlOptions),
    plugins: [
      useRequestId(),
      ...(options.explorerDir ? [useExplorer(options.explorerDir, GRAPHQL_ENDPOINT)] : []),
      useJsonBodiesOnly(),
      useOperationsEndpoints(metrics, yogaLogger),
      useRateLimit(settings.rateLimit),
      useMetrics(metrics),
      ...useRequestLimits(settings),
      useReadYourWrites(),
      useCompiledQueries(schema),
      useWorkersDisposal(workers),
    ],
  });
}
