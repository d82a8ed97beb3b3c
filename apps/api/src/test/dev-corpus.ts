import { readdirSync } from 'node:fs';
import path from 'node:path';
import { loadSeed, type Database } from '@parley/db';

// The annotated dev corpus, loaded beside the seed, gives the graph a dozen leaders with
// calls and statements: enough for a query that loads per row, or pages wrongly, to show itself.
const DEV_CORPUS = path.resolve(__dirname, '../../../../data/corpus/dev');

export async function loadDevCorpus(db: Database): Promise<void> {
  const goldFiles = readdirSync(DEV_CORPUS)
    .filter((file) => file.endsWith('.json'))
    .map((file) => path.join(DEV_CORPUS, file));
  await loadSeed(db, goldFiles);
}
