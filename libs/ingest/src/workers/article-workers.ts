import path from 'node:path';
import { InputError, type ArticleInput } from '@parley/db';
import type { Extraction } from '@parley/domain';
import Piscina from 'piscina';
import type { ArticleTask, ArticleTaskResult, IngestOutcome } from './article-task';

export interface ArticleWorkerSettings {
  /** Worker threads reading and writing articles at once. */
  threads: number;
  /** Articles that may wait for a thread; one more is refused. */
  maxQueue: number;
  /** Time an article may take, waiting included, before its thread is stopped and nothing is written. */
  timeoutMs: number;
  /** Largest article text accepted, in UTF-8 bytes. */
  maxArticleBytes: number;
}

/** Why the pool turned an article away; the API answers these with the code. */
export class ArticleWorkError extends Error {
  override readonly name = 'ArticleWorkError';

  constructor(
    readonly code: 'ARTICLE_QUEUE_FULL' | 'ARTICLE_TIME_LIMIT',
    message: string,
  ) {
    super(message);
  }
}

export interface ArticleIngest extends IngestOutcome {
  extraction: Extraction;
}

/** Extraction and ingest, each article on a worker thread so the event loop stays free. */
export interface ArticleWorkers {
  extract(input: ArticleInput): Promise<Extraction>;
  ingest(input: ArticleInput, databaseUrl: string): Promise<ArticleIngest>;
  /** Stops every thread at once; an article being written is rolled back. */
  close(): Promise<void>;
}

const WORKER_FILE = path.join(__dirname, 'article-worker.cjs');

function formatBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-GB')} bytes`;
}

export function createArticleWorkers(settings: ArticleWorkerSettings): ArticleWorkers {
  const pool = new Piscina<ArticleTask, ArticleTaskResult>({
    filename: WORKER_FILE,
    minThreads: 0,
    maxThreads: settings.threads,
    maxQueue: settings.maxQueue,
    idleTimeout: 60_000,
    // Articles yield the CPU to the threads answering requests.
    niceIncrement: 10,
  });

  const checkSize = (input: ArticleInput) => {
    if (typeof input.text !== 'string') return;
    const bytes = Buffer.byteLength(input.text, 'utf8');
    if (bytes > settings.maxArticleBytes) {
      throw new InputError('text', `is ${formatBytes(bytes)}; articles sent to the API may be up to ${formatBytes(settings.maxArticleBytes)} (PARLEY_MAX_ARTICLE_BYTES)`);
    }
  };

  const run = async (task: ArticleTask): Promise<ArticleTaskResult & { ok: true }> => {
    checkSize(task.input);
    if (pool.queueSize >= settings.maxQueue) {
      throw new ArticleWorkError('ARTICLE_QUEUE_FULL', `Too many articles are waiting (${settings.maxQueue}); try again shortly.`);
    }
    const signal = AbortSignal.timeout(settings.timeoutMs);
    try {
      const result = await pool.run(task, { signal });
      if (!result.ok) throw new InputError(result.field, result.problem);
      return result;
    } catch (error) {
      if (signal.aborted) {
        throw new ArticleWorkError('ARTICLE_TIME_LIMIT', `The article took longer than ${settings.timeoutMs} ms (PARLEY_ARTICLE_TIMEOUT_MS) and was stopped; nothing was written.`);
      }
      throw error;
    }
  };

  return {
    extract: async (input) => (await run({ kind: 'extract', input })).extraction,
    ingest: async (input, databaseUrl) => {
      const result = await run({ kind: 'ingest', input, databaseUrl });
      if (!result.ingest) throw new Error('The article worker returned no ingest result');
      return { ...result.ingest, extraction: result.extraction };
    },
    close: () => pool.destroy(),
  };
}
