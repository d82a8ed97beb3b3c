import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { npmStart, refusesConnections } from './test/npm-start';

it('stops `npm start` on SIGTERM with an idle keep-alive connection open, freeing the port', async () => {
  const databaseDir = await mkdtemp(path.join(tmpdir(), 'parley-shutdown-'));
  const { server, port, logs, gone } = await npmStart(path.join(databaseDir, 'parley.db'));
  try {
    const agent = new Agent({ keepAlive: true });
    const status = await new Promise<number | undefined>((resolve, reject) => {
      get({ host: '127.0.0.1', port, path: '/health', agent }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode));
      }).once('error', reject);
    });
    expect(status).toBe(200);

    server.kill('SIGTERM');
    await gone;
    expect(await refusesConnections(port)).toBe(true);
    expect(logs).toContainEqual(expect.objectContaining({ message: 'stopped', signal: 'SIGTERM', closedConnections: false }));
    agent.destroy();
  } finally {
    server.kill('SIGKILL');
    await rm(databaseDir, { recursive: true, force: true });
  }
}, 120_000);
