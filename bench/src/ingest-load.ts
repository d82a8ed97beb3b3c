import { generatedArticle } from './articles';

const INGEST = `mutation Ingest($input: ArticleInput!) { ingestArticle(input: $input) { created } }`;

export interface IngestFigures {
  articles: number;
  articlesPerSecond: number;
  /** Articles per second in each tenth of the run, to show whether the rate holds as the graph grows. */
  laps: number[];
  failures: number;
}

export interface IngestOptions {
  /** Bearer key with the `write` scope. */
  apiKey: string;
  /** Number of the first generated article; each run takes articles no earlier run wrote. */
  first: number;
  seconds: number;
  /** Articles sent at once, so the API's article threads never wait for the next one. */
  concurrency: number;
}

/**
 * Ingests generated articles through the API (`ingestArticle`, one transaction each, on
 * the API's article threads) for a while, the way a newsroom's feed would arrive.
 */
export async function ingestFor(url: string, options: IngestOptions): Promise<IngestFigures> {
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const lapMs = (options.seconds * 1000) / 10;
  const lapCounts = Array.from({ length: 10 }, () => 0);
  let next = options.first;
  let articles = 0;
  let failures = 0;
  const client = async () => {
    while (performance.now() < deadline) {
      const input = generatedArticle(next);
      next += 1;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${options.apiKey}` },
        body: JSON.stringify({ query: INGEST, variables: { input } }),
      });
      const body = (await response.json()) as { data?: { ingestArticle?: { created: boolean } }; errors?: unknown[] };
      if (!response.ok || body.errors || body.data?.ingestArticle?.created !== true) {
        failures += 1;
        if (failures === 1) process.stderr.write(`bench: an ingest failed: ${JSON.stringify(body).slice(0, 300)}\n`);
        continue;
      }
      articles += 1;
      const lap = Math.min(9, Math.floor((performance.now() - started) / lapMs));
      lapCounts[lap] = (lapCounts[lap] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  const seconds = (performance.now() - started) / 1000;
  return { articles, articlesPerSecond: articles / seconds, laps: lapCounts.map((count) => count / (lapMs / 1000)), failures };
}
