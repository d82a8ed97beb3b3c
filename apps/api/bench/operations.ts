// Prints the figures for bounded work and operations: the time to refuse a 50,000-field query,
// `{ __typename }` latency while a 1 MB article is ingested, and the time `npm start` takes to stop.
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MEBIBYTE } from '../src/settings';
import { repetitiveArticleOfSize } from '../src/test/articles';
import { startTestApi, type TestApi } from '../src/test/graphql-client';
import { npmStart, refusesConnections } from '../src/test/npm-start';
import { post, probe } from '../src/test/probe';
import { percentile } from './measure';

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function portFreed(port: number, started: number): Promise<number> {
  while (!(await refusesConnections(port))) await new Promise((resolve) => setTimeout(resolve, 2));
  return performance.now() - started;
}

async function refusal(api: TestApi): Promise<void> {
  const query = JSON.stringify({ query: `{ ${'leaders { totalCount } '.repeat(50_000)}}` });
  const times: number[] = [];
  let message = '';
  for (let run = 0; run < 10; run += 1) {
    const started = performance.now();
    const response = await post(api.app, query);
    message = ((await response.json()) as { errors: Array<{ message: string }> }).errors[0]?.message ?? '';
    times.push(performance.now() - started);
  }
  console.log(`refuse a 50,000-field query (${(query.length / 1024).toFixed(0)} KB), 10 runs: median ${ms(percentile(times, 0.5))}, max ${ms(Math.max(...times))} — "${message}"`);
}

async function latencyDuringIngest(api: TestApi): Promise<void> {
  await probe(api.app);
  await api.query(`mutation { extractArticle(input: { text: "Ruiz said “yes”.", publishedAt: "2025-06-12" }) { publishedOn } }`);
  const article = repetitiveArticleOfSize(MEBIBYTE);
  const started = performance.now();
  let finished = 0;
  const ingesting = api.query(`mutation($input: ArticleInput!) { ingestArticle(input: $input) { created } }`, { input: { text: article } }).then((result) => {
    finished = performance.now();
    return result;
  });
  const latencies: number[] = [];
  while (!finished) {
    latencies.push(await probe(api.app));
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const result = await ingesting;
  console.log(
    `{ __typename } during a ${(Buffer.byteLength(article) / 1024).toFixed(0)} KB ingest (${((finished - started) / 1000).toFixed(1)} s, created: ${JSON.stringify(result.data)}): ` +
      `${latencies.length} probes, median ${ms(percentile(latencies, 0.5))}, p95 ${ms(percentile(latencies, 0.95))}, p99 ${ms(percentile(latencies, 0.99))}, max ${ms(Math.max(...latencies))}`,
  );
}

async function shutdownTime(withKeepAlive: boolean): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'parley-bench-'));
  const { server, port, logs, gone } = await npmStart(path.join(dir, 'parley.db'));
  try {
    const agent = new Agent({ keepAlive: true });
    if (withKeepAlive) await new Promise((resolve) => get({ host: '127.0.0.1', port, path: '/health', agent }, (response) => response.resume().on('end', resolve)));
    const started = performance.now();
    server.kill('SIGTERM');
    const free = await portFreed(port, started);
    await gone;
    const stopped = logs.find((entry) => entry['message'] === 'stopped');
    console.log(
      `stop npm start on SIGTERM${withKeepAlive ? ', an idle keep-alive connection open' : ''}: port free after ${ms(free)}, npm and the server gone after ${ms(performance.now() - started)} (the server's own count from signal to closed database: ${String(stopped?.['ms'])} ms)`,
    );
    agent.destroy();
  } finally {
    server.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const api = await startTestApi();
  try {
    await refusal(api);
    await latencyDuringIngest(api);
  } finally {
    await api.close();
  }
  await shutdownTime(false);
  await shutdownTime(true);
}

void main();
