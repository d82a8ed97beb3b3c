import { getDatabase, unappliedMigrations } from '@parley/db';
import type { FetchAPI, Plugin } from 'graphql-yoga';
import { jsonResponse } from './http-responses';
import type { Logger } from './logger';
import type { Metrics } from './metrics';

async function readiness(fetchAPI: FetchAPI, logger: Logger): Promise<Response> {
  const json = (status: number, body: unknown) => jsonResponse(fetchAPI, status, body);
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
 * `/ready` says the database is reachable and migrated (a load balancer sends traffic only
 * then), `/metrics` what the server has done, for Prometheus. `/health` (the process
 * answers) is Yoga's own.
 */
export function useOperationsEndpoints(metrics: Metrics, logger: Logger): Plugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (url.pathname === '/ready') return endResponse(await readiness(fetchAPI, logger));
      if (url.pathname === '/metrics') {
        return endResponse(new fetchAPI.Response(await metrics.registry.metrics(), { headers: { 'content-type': metrics.registry.contentType } }));
      }
    },
  };
}
