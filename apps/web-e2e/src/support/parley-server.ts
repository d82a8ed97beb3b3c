import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const WORKSPACE = resolve(__dirname, '../../../..');

export interface RunningParley {
  /** `http://127.0.0.1:PORT`, serving the explorer at `/` and the API at `/graphql`. */
  origin: string;
  /** The `DATABASE_URL` of its SQLite file, for tests that prepare data such as API keys. */
  databaseUrl: string;
  stop(): Promise<void>;
}

async function freeLoopbackPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const address = probe.address();
  await new Promise((done) => probe.close(done));
  if (!address || typeof address === 'string') throw new Error('Could not find a free port on 127.0.0.1.');
  return address.port;
}

async function waitUntilAnswering(origin: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`Parley stopped while starting (exit ${server.exitCode}):\n${output()}`);
    const answered = await fetch(`${origin}/graphql?query=%7B__typename%7D`).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`Parley did not answer at ${origin} within 90 s:\n${output()}`);
}

/**
 * Starts Parley as `npm start` does (the API's `main.ts`), on a fresh seeded SQLite database
 * in a temporary folder and a free loopback port, serving the built explorer.
 */
export async function startParley(): Promise<RunningParley> {
  const folder = await mkdtemp(join(tmpdir(), 'parley-explorer-'));
  const port = await freeLoopbackPort();
  const origin = `http://127.0.0.1:${port}`;
  const databaseUrl = `file:${join(folder, 'parley.db')}`;
  const server = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
    cwd: WORKSPACE,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, PARLEY_SEED: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((done) => server.once('exit', done));
      server.kill('SIGTERM');
      await exited;
    }
    await rm(folder, { recursive: true, force: true });
  };
  try {
    await waitUntilAnswering(origin, server, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, databaseUrl, stop };
}
