import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';

const WORKSPACE = path.resolve(__dirname, '../../../..');

export interface StartedServer {
  server: ChildProcess;
  port: number;
  /** The server's log lines, parsed, as they come. */
  logs: Array<Record<string, unknown>>;
  /** Resolves when standard error closes: its last writer, the server, has exited. */
  gone: Promise<void>;
}

/** `npm start` as an operator runs it, on a free port and the given database file; resolves once it listens. */
export async function npmStart(databaseFile: string): Promise<StartedServer> {
  const server = spawn('npm', ['start', '--silent'], {
    cwd: WORKSPACE,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `file:${databaseFile}`, PARLEY_SEED: 'false', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const logs: Array<Record<string, unknown>> = [];
  const gone = new Promise<void>((resolve) => server.stderr?.once('close', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`npm start exited with ${code} before listening: ${JSON.stringify(logs)}`)));
    createInterface({ input: server.stderr as NodeJS.ReadableStream }).on('line', (line) => {
      const entry = line.startsWith('{') ? (JSON.parse(line) as Record<string, unknown>) : { text: line };
      logs.push(entry);
      if (typeof entry['port'] === 'number') resolve(entry['port']);
    });
  });
  return { server, port, logs, gone };
}

export function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}
