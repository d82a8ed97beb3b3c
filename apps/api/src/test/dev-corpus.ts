import { readdirSync } from 'node:fs';
import path from 'node:path';
import { loadSeed, type Database } from '@parley/db';
import { startTestApi, type TestApi } from './graphql-client';

// The annotated dev corpus, loaded beside the seed, gives the graph a dozen leaders with
// calls and statements: enough for a query that loads per row, or pages wrongly, to show itself.
const DEV_CORPUS = path.resolve(__dirname, '../../../../data/corpus/dev');

export async function loadDevCorpus(db: Database): Promise<void> {
  const goldFiles = readdirSync(DEV_CORPUS)
    .filter((file) => file.endsWith('.json'))
    .map((file) => path.join(DEV_CORPUS, file));
  await loadSeed(db, goldFiles);
}

/** The API over the seed and the dev corpus for the tests of one file, started before them and closed after. */
export function useDevCorpusApi(): () => TestApi {
  let api: TestApi | undefined;
  beforeAll(async () => {
    api = await startTestApi();
    await loadDevCorpus(api.database.db);
  }, 60_000);
  afterAll(async () => {
    await api?.close();
  });
  return () => {
    if (!api) throw new Error('the API starts before the tests');
    return api;
  };
}
