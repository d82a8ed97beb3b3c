/** The value below which `share` of the sorted values fall. */
export function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? Number.NaN;
}

/** Milliseconds each run of `request` took, after `warmup` runs that are not counted. */
export async function timeRuns(runs: number, warmup: number, request: () => Promise<void>): Promise<number[]> {
  for (let run = 0; run < warmup; run += 1) await request();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await request();
    times.push(performance.now() - started);
  }
  return times;
}

export const latency = (times: number[]) => `p50 ${percentile(times, 0.5).toFixed(1)} ms, p99 ${percentile(times, 0.99).toFixed(1)} ms`;
