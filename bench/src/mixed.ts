import { copyFileSync, rmSync } from 'node:fs';
import { createApiKey, createPrismaClient } from '@parley/db';
import { ingestFor, type IngestFigures } from './ingest-load';
import { load, type LoadFigures, type LoadOptions } from './load';
import { startServer } from './servers';

export interface IngestRun {
  /** Generated articles ingested with nothing else asked of the API. */
  alone: IngestFigures;
  /** The same while W1 is loaded, and W1's figures meanwhile. */
  withReads: { ingest: IngestFigures; reads: LoadFigures };
  concurrency: number;
  seconds: number;
}

/** Where each phase's articles are numbered from, so every article is new to the graph. */
const FIRST_ARTICLE = { warmUp: 0, alone: 1_000_000, withReads: 2_000_000 };
const CONCURRENCY = 2;

async function issueWriteKey(file: string): Promise<string> {
  const db = createPrismaClient(`file:${file}`);
  try {
    return (await createApiKey(db, { name: 'benchmark ingest', scopes: ['write'] })).key;
  } finally {
    await db.$disconnect();
  }
}

/**
 * Ingest through the real write path on a copy of the graph (the graph itself stays as
 * generated): first alone, then while W1 is read under load.
 */
export async function measureIngest(file: string, port: number, readBody: string, options: LoadOptions): Promise<IngestRun> {
  const copy = file.replace(/\.db$/, '.ingest.db');
  const removeCopy = () => ['', '-wal', '-shm'].forEach((suffix) => rmSync(`${copy}${suffix}`, { force: true }));
  removeCopy();
  copyFileSync(file, copy);
  try {
    const apiKey = await issueWriteKey(copy);
    const server = await startServer('parley', copy, port);
    try {
      // The API starts its article threads on the first article; the warm-up pays for that.
      await ingestFor(server.url, { apiKey, first: FIRST_ARTICLE.warmUp, seconds: options.warmupSeconds, concurrency: CONCURRENCY });
      const { seconds } = options;
      const alone = await ingestFor(server.url, { apiKey, first: FIRST_ARTICLE.alone, seconds, concurrency: CONCURRENCY });
      const [reads, ingest] = await Promise.all([
        load(server.url, readBody, { ...options, warmupSeconds: 0, repetitions: 1 }),
        ingestFor(server.url, { apiKey, first: FIRST_ARTICLE.withReads, seconds, concurrency: CONCURRENCY }),
      ]);
      return { alone, withReads: { ingest, reads }, concurrency: CONCURRENCY, seconds };
    } finally {
      await server.stop();
    }
  } finally {
    removeCopy();
  }
}
