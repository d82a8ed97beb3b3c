import { availableParallelism } from 'node:os';
import type { ArticleWorkerSettings } from '@parley/ingest/workers';

export interface RateLimitSettings {
  /** Requests each client (API key, else address) may make per window; 0 turns the limit off. */
  points: number;
  windowSeconds: number;
}

/** How much one request may ask of the server. */
export interface AppSettings {
  articles: ArticleWorkerSettings;
  /** Largest response body; a larger result is replaced by an error naming the limit. */
  maxResponseBytes: number;
  rateLimit: RateLimitSettings;
  /** Schema introspection (`__schema`, `__type`). */
  introspection: boolean;
  graphiql: boolean;
  /** "Did you mean …?" in validation errors: a map of the schema for whoever probes it. */
  fieldSuggestions: boolean;
}

export const MEBIBYTE = 1024 * 1024;

export function defaultAppSettings(production = false): AppSettings {
  return {
    articles: {
      threads: Math.max(1, Math.min(4, availableParallelism() - 1)),
      maxQueue: 16,
      timeoutMs: 300_000,
      maxArticleBytes: MEBIBYTE,
    },
    maxResponseBytes: 16 * MEBIBYTE,
    rateLimit: { points: 0, windowSeconds: 60 },
    introspection: !production,
    graphiql: !production,
    fieldSuggestions: !production,
  };
}

/**
 * A request carrying an article is JSON: the text with its escapes (a newline, a quotation
 * mark or a backslash doubles) and the rest of the operation. A quarter more than the
 * article limit, plus room for the query, fits the largest article a client may send.
 */
export function maxBodyBytes(settings: AppSettings): number {
  return Math.ceil(settings.articles.maxArticleBytes * 1.25) + 64 * 1024;
}
