import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { jsonErrorResponse } from './http-responses';
import type { RateLimitSettings } from './settings';

/** Who is asking: the API key when the request carries one (hashed, never kept as sent), else the address it came from. */
function clientOf(request: Request, serverContext: unknown): string {
  const authorization = request.headers.get('authorization');
  const key = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (key) return `key:${createHash('sha256').update(key).digest('hex')}`;
  const incoming = (serverContext as { req?: IncomingMessage } | undefined)?.req;
  return `address:${incoming?.socket.remoteAddress ?? 'unknown'}`;
}

/** So many GraphQL requests per client per window; the next gets 429 with `Retry-After`. */
export function useRateLimit(settings: RateLimitSettings): Plugin {
  if (settings.points === 0) return {};
  const limiter = new RateLimiterMemory({ points: settings.points, duration: settings.windowSeconds });
  return {
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (url.pathname !== '/graphql') return;
      try {
        await limiter.consume(clientOf(request, serverContext));
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
        endResponse(
          jsonErrorResponse(
            fetchAPI,
            429,
            'RATE_LIMITED',
            `Too many requests: ${settings.points} per ${settings.windowSeconds} s for each API key or address (PARLEY_RATE_LIMIT); try again in ${seconds} s.`,
            { 'retry-after': String(seconds) },
          ),
        );
      }
    },
  };
}
