import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, get } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

const WORKSPACE = path.resolve(__dirname, '../../..');

interface Started {
  server: ChildProcess;
  port: number;
  logs: Array<Record<string, unknown>>;
}

/** `npm start` as an operator runs it, on a free port and a fresh database; resolves once it listens. */
async function npmStart(databaseDir: string): Promise<Started> {
  const server = spawn('npm', ['start', '--silent'], {
    cwd: WORKSPACE,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `file:${path.join(databaseDir, 'parley.db')}`, PARLEY_SEED: 'false', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const logs: Array<Record<string, unknown>> = [];
  const port = await new Promise<number>((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`npm start exited with ${code} before listening: ${JSON.stringify(logs)}`)));
    createInterface({ input: server.stderr as NodeJS.ReadableStream }).on('line', (line) => {
      const entry = line.startsWith('{') ? (JSON.parse(line) as Record<string, unknown>) : { text: line };
      logs.push(entry);
      if (typeof entry['port'] === 'number') resolve(entry['port']);
    });
  });
  return { server, port, logs };
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

it('stops `npm start` on SIGTERM with an idle keep-alive connection open, freeing the port', async () => {
  const databaseDir = await mkdtemp(path.join(tmpdir(), 'parley-shutdown-'));
  const { server, port, logs } = await npmStart(databaseDir);
  try {
    const agent = new Agent({ keepAlive: true });
    const status = await new Promise<number | undefined>((resolve, reject) => {
      get({ host: '127.0.0.1', port, path: '/health', agent }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode));
      }).once('error', reject);
    });
    expect(status).toBe(200);

    // Standard error closes when its last writer, the server itself, has exited.
    const closed = new Promise((resolve) => server.stderr?.once('close', resolve));
    server.kill('SIGTERM');
    await closed;
    expect(await portIsFree(port)).toBe(true);
    expect(logs).toContainEqual(expect.objectContaining({ message: 'stopped', signal: 'SIGTERM', closedConnections: false }));
    agent.destroy();
  } finally {
    server.kill('SIGKILL');
    await rm(databaseDir, { recursive: true, force: true });
  }
}, 120_000);
