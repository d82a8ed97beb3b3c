import type { ArticleWorkers } from '@parley/ingest/workers';
import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface Metrics {
  registry: Registry;
  requests: Counter<'operation' | 'status'>;
  duration: Histogram<'operation'>;
  errors: Counter<'code'>;
  articles: Counter<'mutation' | 'outcome'>;
  articlesInProgress: Gauge;
}

/** A registry per app, so that two apps in one process (tests) count apart. */
export function createMetrics(options: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix: 'parley_' });
  return {
    registry,
    requests: new Counter({ name: 'parley_graphql_requests_total', help: 'GraphQL requests answered, by operation name and HTTP status.', labelNames: ['operation', 'status'], registers: [registry] }),
    duration: new Histogram({
      name: 'parley_graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL request to its response, by operation name.',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    errors: new Counter({ name: 'parley_graphql_errors_total', help: 'GraphQL errors returned, by extensions.code.', labelNames: ['code'], registers: [registry] }),
    articles: new Counter({
      name: 'parley_articles_total',
      help: 'Articles sent to extractArticle and ingestArticle, by outcome: created, unchanged (already held), read (extraction only), refused (bad input or busy), failed.',
      labelNames: ['mutation', 'outcome'],
      registers: [registry],
    }),
    articlesInProgress: new Gauge({ name: 'parley_articles_in_progress', help: 'Articles being extracted or ingested on worker threads, or waiting for one.', registers: [registry] }),
  };
}

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_NAMES = 200;

/** Operation names as labels, bounded: a client inventing names cannot grow the registry without end. */
function operationLabeller(): (name: string | null | undefined) => string {
  const seen = new Set<string>();
  return (name) => {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (seen.has(name)) return name;
    if (seen.size >= MAX_OPERATION_NAMES) return 'other';
    seen.add(name);
    return name;
  };
}

export function useMetrics(metrics: Metrics): Plugin {
  const started = new WeakMap<Request, { start: bigint; operation?: string }>();
  const label = operationLabeller();
  return {
    onRequest({ request, url }) {
      if (url.pathname === '/graphql') started.set(request, { start: process.hrtime.bigint() });
    },
    onParse: ({ context }) =>
      ({ result }) => {
        const timing = started.get(context.request);
        if (!timing || !result || result instanceof Error) return;
        const { definitions } = result as DocumentNode;
        const operations = definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
        const chosen = operations.find((operation) => operation.name?.value === context.params.operationName) ?? operations[0];
        timing.operation = label(chosen?.name?.value);
      },
    // After masking, so each error counts under the code the client sees.
    onResultProcess({ result }) {
      if (Symbol.asyncIterator in result) return;
      for (const single of Array.isArray(result) ? result : [result]) {
        for (const error of single.errors ?? []) metrics.errors.inc({ code: String(error.extensions?.['code'] ?? 'GRAPHQL_VALIDATION_FAILED') });
      }
    },
    onResponse({ request, response }) {
      const timing = started.get(request);
      if (!timing) return;
      const operation = timing.operation ?? 'unparsed';
      metrics.requests.inc({ operation, status: String(response.status) });
      metrics.duration.observe({ operation }, Number(process.hrtime.bigint() - timing.start) / 1e9);
    },
  };
}

function outcomeOf(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  return name === 'InputError' || name === 'ArticleWorkError' ? 'refused' : 'failed';
}

/** The article workers, counting what each article came to. */
export function countingArticles(workers: ArticleWorkers, metrics: Metrics): ArticleWorkers {
  const counted = async <T>(mutation: string, work: () => Promise<T>, outcome: (value: T) => string): Promise<T> => {
    metrics.articlesInProgress.inc();
    try {
      const value = await work();
      metrics.articles.inc({ mutation, outcome: outcome(value) });
      return value;
    } catch (error) {
      metrics.articles.inc({ mutation, outcome: outcomeOf(error) });
      throw error;
    } finally {
      metrics.articlesInProgress.dec();
    }
  };
  return {
    ...workers,
    extract: (input) => counted('extractArticle', () => workers.extract(input), () => 'read'),
    ingest: (input, databaseUrl) => counted('ingestArticle', () => workers.ingest(input, databaseUrl), (result) => (result.created ? 'created' : 'unchanged')),
  };
}
