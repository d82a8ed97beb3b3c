import { DEFAULT_DATABASE_URL } from '@parley/db';

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
}

function booleanSetting(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = (env[name] ?? String(fallback)).toLowerCase();
  if (value !== 'true' && value !== 'false') throw new Error(`${name} "${env[name]}" must be true or false.`);
  return value === 'true';
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
  return {
    port,
    host: env['HOST'] ?? '127.0.0.1',
    databaseUrl: env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL,
    seed: booleanSetting(env, 'PARLEY_SEED', true),
    publicRead: booleanSetting(env, 'PARLEY_PUBLIC_READ', true),
    corsOrigins: originsSetting(env, 'PARLEY_CORS_ORIGINS'),
  };
}
