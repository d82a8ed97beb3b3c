import { startTestApi, type TestApi } from './test/graphql-client';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ keyScopes: ['write'] });
});

afterAll(async () => {
  await api.close();
});

const ARTICLE = {
  text: 'U.S. President Donald Trump and Prime Minister Mark Carney spoke by phone on Friday, both governments said.\n\n“The zucchini levies were a mistake,” Carney told reporters on Saturday.',
  publishedAt: '2025-03-29',
  url: 'https://news.example/zucchini-levies',
};

const SEARCH = `query($search: String) { statements(filter: { search: $search }) { totalCount edges { node { text speaker { name } } search { highlights { text } } } } }`;

interface SearchData {
  statements: { totalCount: number; edges: Array<{ node: { text: string; speaker: { name: string } | null }; search: { highlights: Array<{ text: string }> } }> };
}

async function searchFor(words: string): Promise<SearchData['statements']> {
  const { data, errors } = await api.query<SearchData>(SEARCH, { search: words });
  expect(errors).toBeUndefined();
  if (!data) throw new Error('no data');
  return data.statements;
}

describe('the search index', () => {
  it('holds what an ingest writes as soon as it is acknowledged, and nothing of an article once it is retracted', async () => {
    expect((await searchFor('zucchini levy')).totalCount).toBe(0);

    const ingested = await api.query(`mutation($input: ArticleInput!) { ingestArticle(input: $input) { article { id } } }`, { input: ARTICLE });
    expect(ingested.errors).toBeUndefined();
    expect(await searchFor('zucchini levy')).toEqual({
      totalCount: 1,
      edges: [{ node: { text: 'The zucchini levies were a mistake,', speaker: { name: 'Mark Carney' } }, search: { highlights: [{ text: 'zucchini' }, { text: 'levies' }] } }],
    });

    const retracted = await api.query(`mutation($url: String) { deleteArticle(url: $url) { deleted } }`, { url: ARTICLE.url });
    expect(retracted.errors).toBeUndefined();
    expect(await searchFor('zucchini levy')).toEqual({ totalCount: 0, edges: [] });
    // The seed's statements stay found.
    expect((await searchFor('extremely productive call')).edges.map((edge) => edge.node.text.slice(0, 25))).toEqual(['extremely productive call', 'I just finished speaking ']);
  });
});
