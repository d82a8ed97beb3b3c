import autocannon from 'autocannon';

export interface LoadFigures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  failures: number;
}

export interface LoadOptions {
  connections: number;
  warmupSeconds: number;
  seconds: number;
  repetitions: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Loads one URL with one request body: a warm-up, then repetitions; the median of each figure. */
export async function load(url: string, body: string, options: LoadOptions): Promise<LoadFigures> {
  const request = { url, method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body, connections: options.connections };
  if (options.warmupSeconds > 0) await autocannon({ ...request, duration: options.warmupSeconds });
  const runs = [];
  for (let n = 0; n < options.repetitions; n += 1) runs.push(await autocannon({ ...request, duration: options.seconds }));
  return {
    requestsPerSecond: median(runs.map((run) => run.requests.total / options.seconds)),
    p50: median(runs.map((run) => run.latency.p50)),
    p99: median(runs.map((run) => run.latency.p99)),
    failures: runs.reduce((sum, run) => sum + run.errors + run.non2xx + run.timeouts, 0),
  };
}
