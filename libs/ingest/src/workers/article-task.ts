import { createPrismaClient, InputError, type ArticleInput, type ArticleWrite, type Database } from '@parley/db';
import type { Extraction } from '@parley/domain';
import { ingestArticle, previewArticle } from '../ingest-article';

export type ArticleTask = { kind: 'extract'; input: ArticleInput } | { kind: 'ingest'; input: ArticleInput; databaseUrl: string };

/** What an ingest sends back to the thread that asked: the article's text stays behind. */
export interface IngestOutcome {
  created: boolean;
  write: ArticleWrite;
}

/** Input errors cross the thread boundary as data, since an error's class does not survive it. */
export type ArticleTaskResult = { ok: true; extraction: Extraction; ingest?: IngestOutcome } | { ok: false; field: string; problem: string };

const clients = new Map<string, Database>();

/** Each worker thread keeps one connection per database for its lifetime. */
function databaseAt(url: string): Database {
  let client = clients.get(url);
  if (!client) {
    client = createPrismaClient(url);
    clients.set(url, client);
  }
  return client;
}

async function run(task: ArticleTask): Promise<ArticleTaskResult> {
  if (task.kind === 'extract') return { ok: true, extraction: previewArticle(task.input).extraction };
  const result = await ingestArticle(databaseAt(task.databaseUrl), task.input);
  return { ok: true, extraction: result.extraction, ingest: { created: result.created, write: result.write } };
}

export default async function runArticleTask(task: ArticleTask): Promise<ArticleTaskResult> {
  try {
    return await run(task);
  } catch (error) {
    if (error instanceof InputError) return { ok: false, field: error.field, problem: error.problem };
    throw error;
  }
}
