import { resolve } from 'node:path';
import { DEFAULT_DATABASE_URL } from '@parley/db';
import { readBooleanSetting, readWholeNumberSetting } from '@parley/domain';
import { readLogLevel, type LogLevel } from './logger';
import { defaultAppSettings, type AppSettings } from './settings';

/** Where `nx run web:build` writes the explorer. */
const BUILT_EXPLORER = resolve(__dirname, '../../../dist/apps/web');

export interface ApiConfig {
  port: number;
  host: string;
  databaseUrl: string;
  /** Load the curated seed articles at start-up (a no-op once loaded). */
  seed: boolean;
  /** Queries run without an API key (`PARLEY_PUBLIC_READ`, default true). */
  publicRead: boolean;
  /** Browser origins allowed by CORS (`PARLEY_CORS_ORIGINS`, comma-separated; none by default). */
  corsOrigins: string[];
  logLevel: LogLevel;
  /** How long a stop waits for requests in flight before closing their connections. */
  shutdownTimeoutMs: number;
  app: AppSettings;
  /** The built explorer served at `/`. */
  explorerDir: string;
}

function originsSetting(env: NodeJS.ProcessEnv, name: string): string[] {
  const entries = (env[name] ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  return entries.map((entry) => {
    let url: URL | undefined;
    try {
      url = new URL(entry);
    } catch {
      url = undefined;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol) || url.origin !== entry.replace(/\/$/, '')) {
      throw new Error(`${name}: "${entry}" is not an origin like https://example.org or http://localhost:3000 (scheme, host and port only).`);
    }
    return url.origin;
  });
}

/** Reads the server's settings from the environment; a bad value stops the start with a message naming it. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const port = Number(env['PORT'] ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT "${env['PORT']}" is not a port number (0-65535).`);
  const production = env['NODE_ENV'] === 'production';
  const defaults = defaultAppSettings(production);
  return {
    port,
    host: env['HOST'] ?? '127.0.0.1',
    databaseUrl: env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL,
    seed: readBooleanSetting(env, 'PARLEY_SEED', true),
    publicRead: readBooleanSetting(env, 'PARLEY_PUBLIC_READ', true),
    corsOrigins: originsSetting(env, 'PARLEY_CORS_ORIGINS'),
    logLevel: readLogLevel(env['LOG_LEVEL']),
    shutdownTimeoutMs: readWholeNumberSetting(env, 'PARLEY_SHUTDOWN_TIMEOUT_MS', 10_000),
    app: {
      articles: {
        threads: readWholeNumberSetting(env, 'PARLEY_ARTICLE_THREADS', defaults.articles.threads, 1),
        maxQueue: readWholeNumberSetting(env, 'PARLEY_ARTICLE_QUEUE', defaults.articles.maxQueue),
        timeoutMs: readWholeNumberSetting(env, 'PARLEY_ARTICLE_TIMEOUT_MS', defaults.articles.timeoutMs, 1),
        maxArticleBytes: readWholeNumberSetting(env, 'PARLEY_MAX_ARTICLE_BYTES', defaults.articles.maxArticleBytes, 1),
      },
      maxResponseBytes: readWholeNumberSetting(env, 'PARLEY_MAX_RESPONSE_BYTES', defaults.maxResponseBytes, 1024),
      rateLimit: {
        points: readWholeNumberSetting(env, 'PARLEY_RATE_LIMIT', 600),
        windowSeconds: readWholeNumberSetting(env, 'PARLEY_RATE_LIMIT_WINDOW_SECONDS', defaults.rateLimit.windowSeconds, 1),
      },
      introspection: readBooleanSetting(env, 'PARLEY_INTROSPECTION', defaults.introspection),
      graphiql: readBooleanSetting(env, 'PARLEY_GRAPHIQL', defaults.graphiql),
      fieldSuggestions: !production,
    },
    explorerDir: env['PARLEY_EXPLORER_DIR'] ?? BUILT_EXPLORER,
  };
}
