// What an API key costs a request: `npx tsx apps/api/bench/auth.bench.ts [REQUESTS]` times
// `{ __typename }` through the app without a key, with a key (after its first, scrypt-checked
// use), with a wrong secret for that key, with an unknown key, and with a wrong secret for a
// key never used (scrypt every time), on a fresh seeded SQLite file; prints medians and p95s.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApiKey, disconnectDatabase, prepareDatabase } from '@parley/db';
import { createApp } from '../src/app';
import { createLogger } from '../src/logger';

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? Number.NaN;
}

async function main(): Promise<void> {
  const requests = Number(process.argv[2] ?? 500);
  const dir = await mkdtemp(path.join(tmpdir(), 'parley-auth-bench-'));
  const { db } = await prepareDatabase(`file:${path.join(dir, 'bench.db')}`, { seed: true });
  const app = createApp({ logger: createLogger('error') });
  const { key } = await createApiKey(db, { name: 'bench', scopes: ['write'] });
  const wrongSecret = (whole: string) => whole.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'));
  const { key: unusedKey } = await createApiKey(db, { name: 'never used', scopes: ['read'] });

  const timeOne = async (headers: Record<string, string>): Promise<number> => {
    const started = process.hrtime.bigint();
    const response = await app.fetch('http://parley.bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: '{"query":"{ __typename }"}',
    });
    await response.text();
    return Number(process.hrtime.bigint() - started) / 1e6;
  };

  const firstUse = await timeOne({ authorization: `Bearer ${key}` });
  const cases: Array<[string, Record<string, string>, number]> = [
    ['no key', {}, requests],
    ['valid key', { authorization: `Bearer ${key}` }, requests],
    ['wrong secret of a used key', { authorization: `Bearer ${wrongSecret(key)}` }, requests],
    ['unknown key', { authorization: `Bearer parley_0123456789abcdef_${'A'.repeat(43)}` }, requests],
    ['wrong secret of an unused key', { authorization: `Bearer ${wrongSecret(unusedKey)}` }, 20],
  ];
  for (const [, headers] of cases) for (let n = 0; n < 5; n += 1) await timeOne(headers);

  process.stdout.write(`first use of a key (scrypt check): ${firstUse.toFixed(1)} ms\n`);
  for (const [label, headers, count] of cases) {
    const times: number[] = [];
    for (let n = 0; n < count; n += 1) times.push(await timeOne(headers));
    times.sort((a, b) => a - b);
    process.stdout.write(`${label.padEnd(30)} ${count} requests: median ${percentile(times, 0.5).toFixed(2)} ms, p95 ${percentile(times, 0.95).toFixed(2)} ms\n`);
  }
  await disconnectDatabase();
  await rm(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
