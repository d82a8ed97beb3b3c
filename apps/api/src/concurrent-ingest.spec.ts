import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createPrismaClient, type Database } from '@parley/db';
import { ingestArticle } from '@parley/ingest';
import { startTestApi, type TestApi } from './test/graphql-client';

const DEV_08 = readFileSync(path.resolve(__dirname, '../../../data/corpus/dev/dev-08.txt'), 'utf8');
const MUTATIONS = 6;
const OTHER_PROCESS_WRITES = 3;

/** Another outlet's copy of dev-08: the same call and quotes, its own closing line. */
const copy = (label: string) => `${DEV_08.trimEnd()}\n\n(Syndicated copy ${label}.)\n`;

const INGEST = `mutation Ingest($input: ArticleInput!) {
  ingestArticle(input: $input) { created calls { created call { date } } }
}`;

type IngestData = { ingestArticle: { created: boolean; calls: Array<{ created: boolean; call: { date: string | null } }> } };

let api: TestApi;
let otherProcess: Database;

beforeAll(async () => {
  api = await startTestApi({ keyScopes: ['write'] });
  // A client of its own stands for a `parley ingest` process writing to the same database.
  otherProcess = createPrismaClient(api.database.url);
}, 60_000);

afterAll(async () => {
  await otherProcess?.$disconnect();
  await api.close();
});

describe('ingestArticle mutations while another process ingests', () => {
  it('all succeed, and the call they all report is stored once with every article as a source', async () => {
    const [mutations, others] = await Promise.all([
      Promise.all(Array.from({ length: MUTATIONS }, (_, n) => api.query<IngestData>(INGEST, { input: { text: copy(`m${n}`), publishedAt: '2026-03-06' } }))),
      Promise.all(Array.from({ length: OTHER_PROCESS_WRITES }, (_, n) => ingestArticle(otherProcess, { text: copy(`p${n}`), publishedAt: '2026-03-06' }))),
    ]);

    expect(mutations.flatMap((response) => response.errors ?? [])).toEqual([]);
    expect(mutations.map((response) => response.data?.ingestArticle.created)).toEqual(Array(MUTATIONS).fill(true));
    expect(others.map((result) => result.created)).toEqual(Array(OTHER_PROCESS_WRITES).fill(true));

    const { data } = await api.query<{ calls: { nodes: Array<{ articles: { totalCount: number } }> } }>(
      `{ calls(filter: { date: { from: "2026-03-04", to: "2026-03-04" } }) { nodes { articles { totalCount } } } }`,
    );
    expect(data?.calls.nodes).toEqual([{ articles: { totalCount: MUTATIONS + OTHER_PROCESS_WRITES } }]);
  }, 120_000);
});
