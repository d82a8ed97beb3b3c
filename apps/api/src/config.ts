import { resolve } from 'node:path';
import { DEFAULT_DATABASE_URL } from '@parley/db';

/** Where `nx run web:build` writes the explorer. */
const BUILT_EXPLORER = resolve(__dirname, '../../../dist/apps/web');

export interface ApiConfig {
  port: number;
  host: string;
  databaseUrl: string;
  /** Load the curated seed articles at start-up (a no-op once loaded). */
  seed: boolean;
  /** The built explorer served at `/`. */
  explorerDir: string;
}

/** Reads the server's settings from the environment; a bad value stops the start with a message naming it. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const port = Number(env['PORT'] ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT "${env['PORT']}" is not a port number (0-65535).`);
  const seed = (env['PARLEY_SEED'] ?? 'true').toLowerCase();
  if (seed !== 'true' && seed !== 'false') throw new Error(`PARLEY_SEED "${env['PARLEY_SEED']}" must be true or false.`);
  return {
    port,
    host: env['HOST'] ?? '0.0.0.0',
    databaseUrl: env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL,
    seed: seed === 'true',
    explorerDir: env['PARLEY_EXPLORER_DIR'] ?? BUILT_EXPLORER,
  };
}
