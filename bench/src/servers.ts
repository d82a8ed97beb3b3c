import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

export interface BenchServer {
  name: string;
  url: string;
  pid: number;
  /** Milliseconds from spawn to the first answer. */
  startMs: number;
  /** Peak resident memory since the last reset, in MB. */
  peakRssMb(): number;
  resetPeakRss(): void;
  post(body: string): Promise<string>;
  stop(): Promise<void>;
}

/** Node's arguments for each server: Parley as `npm start` runs it (the bundle), the baselines through tsx. */
const ENTRY_POINTS = {
  parley: ['tools/api/start.mjs'],
  usual: ['--import', 'tsx', 'bench/src/usual-server.ts'],
  limit: ['--import', 'tsx', 'bench/src/limit-server.ts'],
} as const;

export type ServerName = keyof typeof ENTRY_POINTS;

async function post(url: string, body: string): Promise<string> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body });
  return response.text();
}

/** Starts a server on loopback under its own Node process (so its memory is its own) and waits for its first answer. */
export async function startServer(name: ServerName, databaseFile: string, port: number): Promise<BenchServer> {
  const started = Date.now();
  const child: ChildProcess = spawn(process.execPath, [...ENTRY_POINTS[name]], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: `file:${databaseFile}`,
      DATABASE_FILE: databaseFile,
      PARLEY_SEED: 'false',
      LOG_LEVEL: 'warn',
      // One load generator on loopback: the per-client rate limit would measure itself.
      PARLEY_RATE_LIMIT: '0',
      // As `npm start` sets it: two malloc arenas instead of one per thread that ever allocated.
      ...(name === 'parley' ? { MALLOC_ARENA_MAX: process.env['MALLOC_ARENA_MAX'] ?? '2' } : {}),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  const pid = child.pid ?? 0;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} server exited with code ${child.exitCode}`);
    try {
      await post(url, JSON.stringify({ query: '{ __typename }' }));
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (Date.now() - started > 60_000) throw new Error(`${name} server did not answer within 60 s`);
  }
  const startMs = Date.now() - started;
  return {
    name,
    url,
    pid,
    startMs,
    peakRssMb: () => {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      return match ? Number(match[1]) / 1024 : NaN;
    },
    resetPeakRss: () => writeFileSync(`/proc/${pid}/clear_refs`, '5'),
    post: (body) => post(url, body),
    stop: async () => {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
