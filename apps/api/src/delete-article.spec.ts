import { startTestApi, type TestApi } from './test/graphql-client';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ keyScopes: ['write'] });
});

afterAll(async () => {
  await api.close();
});

const FOLLOW_UP = {
  text: 'U.S. President Donald Trump and Prime Minister Mark Carney spoke by phone on Friday, both governments said.\n\n“It was a good call,” Carney told reporters on Saturday.',
  publishedAt: '2025-03-29',
  url: 'https://news.example/trump-carney-follow-up',
};

const TRUMP_CARNEY_CALL = `{ calls(filter: { participants: [{ name: "Trump" }, { name: "Carney" }] }) { nodes { date articles { totalCount } } } }`;

const DELETE = `mutation Delete($id: ID, $url: String, $dryRun: Boolean) {
  deleteArticle(id: $id, url: $url, dryRun: $dryRun) {
    deleted
    article { id url publishedOn }
    removed { statements calls meetings policyActions aliases roles }
    removedPeople
    kept { statements calls meetings policyActions aliases roles }
  }
}`;

interface DeleteData {
  deleteArticle: { deleted: boolean; article: { id: string; url: string | null; publishedOn: string }; removed: Record<string, number>; removedPeople: string[]; kept: Record<string, number> };
}

describe('deleteArticle', () => {
  it('retracts an article: the call the seed also reports stays with one source, the words only it quoted go', async () => {
    const ingested = await api.query<{ ingestArticle: { article: { id: string } } }>(`mutation($input: ArticleInput!) { ingestArticle(input: $input) { article { id } } }`, { input: FOLLOW_UP });
    expect(ingested.errors).toBeUndefined();
    const articleId = ingested.data?.ingestArticle.article.id;
    expect((await api.query<{ calls: { nodes: unknown[] } }>(TRUMP_CARNEY_CALL)).data?.calls.nodes).toEqual([{ date: '2025-03-28', articles: { totalCount: 2 } }]);

    const dryRun = await api.query<DeleteData>(DELETE, { url: FOLLOW_UP.url, dryRun: true });
    expect(dryRun).toEqual({
      data: {
        deleteArticle: {
          deleted: false,
          article: { id: articleId, url: FOLLOW_UP.url, publishedOn: '2025-03-29' },
          removed: { statements: 1, calls: 0, meetings: 0, policyActions: 0, aliases: 0, roles: 2 },
          removedPeople: [],
          kept: { statements: 0, calls: 1, meetings: 0, policyActions: 0, aliases: 4, roles: 0 },
        },
      },
    });
    expect((await api.query<{ calls: { nodes: unknown[] } }>(TRUMP_CARNEY_CALL)).data?.calls.nodes).toEqual([{ date: '2025-03-28', articles: { totalCount: 2 } }]);

    const done = await api.query<DeleteData>(DELETE, { id: articleId });
    expect(done.data?.deleteArticle).toEqual({ ...dryRun.data?.deleteArticle, deleted: true });
    expect((await api.query<{ calls: { nodes: unknown[] } }>(TRUMP_CARNEY_CALL)).data?.calls.nodes).toEqual([{ date: '2025-03-28', articles: { totalCount: 1 } }]);
    expect((await api.query(`query($id: ID!) { node(id: $id) { id } }`, { id: articleId })).data).toEqual({ node: null });
    const carney = await api.query<{ person: { statements: { nodes: Array<{ text: string }> } } }>(`{ person(name: "Carney") { statements(first: 100) { nodes { text } } } }`);
    expect(carney.data?.person.statements.nodes.map((statement) => statement.text)).not.toContain('It was a good call,');
  });

  it('names the argument when the article is not named exactly once or cannot be found', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{}, 'deleteArticle: give exactly one of id or url'],
      [{ id: 'QXJ0aWNsZTox', url: FOLLOW_UP.url }, 'deleteArticle: give exactly one of id or url'],
      [{ url: 'https://news.example/never-ingested' }, 'url: no article has the URL https://news.example/never-ingested'],
      [{ id: 'UGVyc29uOjE=' }, 'id: "UGVyc29uOjE=" is not the ID of a Article'],
    ];
    for (const [variables, message] of cases) {
      const { data, errors } = await api.query<DeleteData>(DELETE, variables);
      expect(data).toBeNull();
      expect(errors).toEqual([expect.objectContaining({ message, extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
    }
  });
});
