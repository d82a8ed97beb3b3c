import { getDatabase, unappliedMigrations } from '@parley/db';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from './logger';
import type { Metrics } from './metrics';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });
}

async function readiness(logger: Logger): Promise<Response> {
  try {
    const pending = await unappliedMigrations(getDatabase());
    if (pending.length > 0) return json(503, { status: 'unavailable', reason: `the database lacks migrations: ${pending.join(', ')}` });
    return json(200, { status: 'ready' });
  } catch (error) {
    logger.warn('not ready', { error });
    return json(503, { status: 'unavailable', reason: 'the database cannot be reached' });
  }
}

/**
 * `/health` says the process answers, `/ready` that its database is reachable and migrated
 * (a load balancer sends traffic only then), `/metrics` what it has done, for Prometheus.
 */
export function useOperationsEndpoints(metrics: Metrics, logger: Logger): Plugin {
  return {
    async onRequest({ url, request, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (url.pathname === '/health') return endResponse(json(200, { status: 'ok' }));
      if (url.pathname === '/ready') return endResponse(await readiness(logger));
      if (url.pathname === '/metrics') {
        return endResponse(new Response(await metrics.registry.metrics(), { headers: { 'content-type': metrics.registry.contentType } }));
      }
    },
  };
}
