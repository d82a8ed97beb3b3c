import { defaultAppSettings, MEBIBYTE } from './settings';
import { articleOfSize, repetitiveArticleOfSize } from './test/articles';
import { startTestApi, type TestApi } from './test/graphql-client';
import { probe } from './test/probe';

const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { created article { wordCount } statements { created } } }`;

interface IngestResponse {
  data?: { ingestArticle: { created: boolean; article: { wordCount: number }; statements: Array<{ created: boolean }> } } | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

const ingest = (api: TestApi, text: string) => api.query(INGEST, { input: { text } }) as Promise<IngestResponse>;

/** Waits until the article's request has been read and the article given to the pool, as /metrics reports. */
async function articleHandedToWorkers(api: TestApi): Promise<void> {
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline) {
    const metrics = await (await api.app.fetch('http://parley.test/metrics')).text();
    if (/^parley_articles_in_progress 1$/m.test(metrics)) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('The article never reached the worker threads (parley_articles_in_progress stayed 0).');
}

describe('ingest on a worker thread', () => {
  it('answers { __typename } within 50 ms, again and again, while a 1 MB article is being ingested', async () => {
    const api = await startTestApi({ keyScopes: ['write'] });
    try {
      const article = repetitiveArticleOfSize(MEBIBYTE);
      expect(Buffer.byteLength(article)).toBeGreaterThan(MEBIBYTE - 200);
      const before = await api.database.db.article.count();
      // A running server has served requests and started its article thread before.
      await probe(api.app);
      await api.query(`mutation { extractArticle(input: { text: "Ruiz said “yes”.", publishedAt: "2025-06-12" }) { publishedOn } }`);

      let done = false;
      const ingesting = ingest(api, article).finally(() => {
        done = true;
      });
      await articleHandedToWorkers(api);
      const latencies: number[] = [];
      const until = performance.now() + 3000;
      while (performance.now() < until) {
        latencies.push(await probe(api.app));
        await new Promise((resolve) => setTimeout(resolve, 10));
      }

      // A 1 MB article takes far longer than these 3 s, so every probe ran during the ingest.
      expect(done).toBe(false);
      expect(latencies.length).toBeGreaterThan(50);
      // The 95th percentile: on a shared machine another process may take the CPU for a moment.
      const sorted = [...latencies].sort((a, b) => a - b);
      expect(sorted[Math.floor(sorted.length * 0.95)]).toBeLessThan(50);

      // Closing the app stops the article's thread mid-transaction: nothing of it is written.
      await api.app.dispose();
      const { errors } = await ingesting;
      expect(errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/^Unexpected error; quote request id/) })]);
      expect(await api.database.db.article.count()).toBe(before);
    } finally {
      await api.close();
    }
  }, 60_000);
});

describe('the article queue and time limit', () => {
  it('refuses an article when the queue is full, naming the limit, and writes only the articles it took', async () => {
    const api = await startTestApi({ keyScopes: ['write'], settings: { ...defaultAppSettings(), articles: { ...defaultAppSettings().articles, threads: 1, maxQueue: 1 } } });
    try {
      const before = await api.database.db.article.count();
      const articles = [1, 2, 3, 4].map((day) => articleOfSize(20_000, `2025-06-1${day}`).replace('\n', `\nIssue ${day}.\n`));
      const responses = await Promise.all(articles.map((text) => ingest(api, text)));
      const refused = responses.filter((response) => response.errors);
      const taken = responses.filter((response) => response.data?.ingestArticle.created);

      expect(refused.length).toBeGreaterThan(0);
      for (const response of refused) {
        expect(response.errors).toEqual([
          expect.objectContaining({ message: 'Too many articles are waiting (1); try again shortly.', extensions: expect.objectContaining({ code: 'ARTICLE_QUEUE_FULL' }) }),
        ]);
      }
      expect(taken.length + refused.length).toBe(4);
      expect(await api.database.db.article.count()).toBe(before + taken.length);
    } finally {
      await api.close();
    }
  }, 120_000);

  it('stops an article that runs past PARLEY_ARTICLE_TIMEOUT_MS, writing nothing, and keeps answering', async () => {
    const api = await startTestApi({ keyScopes: ['write'], settings: { ...defaultAppSettings(), articles: { ...defaultAppSettings().articles, timeoutMs: 300 } } });
    try {
      const before = await api.database.db.article.count();
      const { errors } = await ingest(api, articleOfSize(MEBIBYTE));
      expect(errors).toEqual([
        expect.objectContaining({
          message: 'The article took longer than 300 ms (PARLEY_ARTICLE_TIMEOUT_MS) and was stopped; nothing was written.',
          extensions: expect.objectContaining({ code: 'ARTICLE_TIME_LIMIT' }),
        }),
      ]);
      expect(await api.database.db.article.count()).toBe(before);
      expect(await probe(api.app)).toBeLessThan(100);
    } finally {
      await api.close();
    }
  }, 60_000);
});
