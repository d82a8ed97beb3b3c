import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startTestApi, type TestApi } from './test/graphql-client';

const DEV = path.resolve(__dirname, '../../../data/corpus/dev');
const devArticle = (name: string) => readFileSync(path.join(DEV, `${name}.txt`), 'utf8');

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ keyScopes: ['write'] });
});

afterAll(async () => {
  await api.close();
});

const INGEST = `mutation Ingest($input: ArticleInput!) {
  ingestArticle(input: $input) {
    created
    article { publishedOn url wordCount }
    people { name created person { name slug } }
    calls { localId created call { date participants { name } articles { totalCount } } }
    statements { created statement { text speaker { name } } }
  }
}`;

interface IngestData {
  ingestArticle: {
    created: boolean;
    article: { publishedOn: string; url: string | null; wordCount: number };
    people: Array<{ name: string; created: boolean; person: { name: string; slug: string } }>;
    calls: Array<{ localId: string; created: boolean; call: { date: string | null; participants: Array<{ name: string }>; articles: { totalCount: number } } }>;
    statements: Array<{ created: boolean; statement: { text: string; speaker: { name: string } | null } }>;
  };
}

interface Attribution {
  source: { text: string; span: { start: number; end: number } } | null;
  cue: { text: string; span: { start: number; end: number } } | null;
}

async function articleCount(): Promise<number> {
  const { data } = await api.query<{ articles: { totalCount: number } }>(`{ articles { totalCount } }`);
  return data?.articles.totalCount ?? -1;
}

describe('extractArticle', () => {
  it('reads an article without writing it', async () => {
    const before = await articleCount();
    const { data, errors } = await api.query<{ extractArticle: { publishedOn: string; statements: Array<{ text: string; speaker: string; span: { start: number; end: number } }> } }>(
      `mutation($input: ArticleInput!) { extractArticle(input: $input) { publishedOn statements { text speaker span { start end } } } }`,
      { input: { text: devArticle('dev-01') } },
    );
    expect(errors).toBeUndefined();
    // dev-01 opens with its own `date 2025-06-12` line.
    expect(data?.extractArticle.publishedOn).toBe('2025-06-12');
    const text = devArticle('dev-01');
    const statements = data?.extractArticle.statements ?? [];
    expect(statements.length).toBeGreaterThan(5);
    for (const statement of statements) expect(text.slice(statement.span.start, statement.span.end)).toBe(statement.text);
    expect(await articleCount()).toBe(before);
  });
});

describe('ingestArticle', () => {
  it('writes an article, its people, calls and statements, then finds them through the graph', async () => {
    const { data, errors } = await api.query<IngestData>(INGEST, {
      input: { text: devArticle('dev-08'), publishedAt: '2026-03-06', url: 'https://news.example/castavia-textiles' },
    });
    expect(errors).toBeUndefined();
    const result = data?.ingestArticle;
    expect(result?.created).toBe(true);
    expect(result?.article).toEqual({ publishedOn: '2026-03-06', url: 'https://news.example/castavia-textiles', wordCount: expect.any(Number) });
    expect(result?.people.map((person) => person.person.name)).toEqual(expect.arrayContaining(['Amaya Irazu', 'Oskar Lindahl']));
    expect(result?.calls).toContainEqual(
      expect.objectContaining({ created: true, call: expect.objectContaining({ date: '2026-03-04', articles: { totalCount: 1 } }) }),
    );

    const { data: graph } = await api.query<{ person: { name: string; calls: { nodes: Array<{ date: string; initiator: { name: string } | null }> }; statements: { nodes: Array<{ article: { url: string } }> } } }>(
      `{ person(name: "Lindahl") { name calls(first: 5, order: OLDEST_FIRST) { nodes { date initiator { name } } } statements(first: 5) { nodes { article { url } } } } }`,
    );
    expect(graph?.person.name).toBe('Oskar Lindahl');
    expect(graph?.person.calls.nodes[0]).toEqual({ date: '2026-03-04', initiator: { name: 'Oskar Lindahl' } });
    expect(graph?.person.statements.nodes.every((statement) => statement.article.url === 'https://news.example/castavia-textiles')).toBe(true);
  });

  it('changes nothing when the same text comes again', async () => {
    const before = await articleCount();
    const { data } = await api.query<IngestData>(INGEST, { input: { text: devArticle('dev-08'), publishedAt: '2026-03-06' } });
    expect(data?.ingestArticle.created).toBe(false);
    expect(data?.ingestArticle.statements).toEqual([]);
    expect(await articleCount()).toBe(before);
  });

  it('links a second report of a call to the call the graph holds', async () => {
    const report = ` date 2025-03-29 Canadian Prime Minister Mark Carney and U.S. President Donald Trump spoke by phone on Friday, their first conversation since Carney took office.

Carney told reporters on Saturday that the call had been “very constructive” and that negotiations would begin after the election.`;
    const { data, errors } = await api.query<IngestData>(INGEST, { input: { text: report } });
    expect(errors).toBeUndefined();
    const call = data?.ingestArticle.calls.find((merged) => merged.call.date === '2025-03-28');
    expect(call).toEqual(
      expect.objectContaining({ created: false, call: expect.objectContaining({ articles: { totalCount: 2 }, participants: [{ name: 'Donald Trump' }, { name: 'Mark Carney' }] }) }),
    );
    expect(data?.ingestArticle.people.filter((person) => !person.created).map((person) => person.person.slug)).toEqual(
      expect.arrayContaining(['donald-trump', 'mark-carney']),
    );
  });

  it('keeps the words each speaker was read from and the cue, at their places in the article', async () => {
    const report = ` date 2025-06-14 Castavian Trade Minister Ilse Marrow defended the quota on Friday. “We will not be rushed,” Marrow told reporters in Orsk.`;
    const { errors } = await api.query(INGEST, { input: { text: report } });
    expect(errors).toBeUndefined();
    const { data } = await api.query<{ person: { statements: { nodes: Array<{ text: string; attribution: Attribution; sources: { nodes: Array<{ attribution: Attribution }> } }> } } }>(
      `{ person(name: "Marrow") { statements(first: 1) { nodes { text attribution { ...both } sources(first: 1) { nodes { attribution { ...both } } } } } } }
       fragment both on Attribution { source { text span { start end } } cue { text span { start end } } }`,
    );
    const statement = data?.person.statements.nodes[0];
    expect(statement?.text).toBe('We will not be rushed,');
    const sourceAt = report.indexOf('Marrow told');
    const cueAt = report.indexOf('told reporters');
    expect(statement?.attribution.source).toEqual({ text: 'Marrow', span: { start: sourceAt, end: sourceAt + 'Marrow'.length } });
    expect(statement?.attribution.cue?.text).toMatch(/^told/);
    expect(statement?.attribution.cue?.span.start).toBe(cueAt);
    expect(statement?.sources.nodes[0]?.attribution).toEqual(statement?.attribution);
  });

  it('refuses bad input, naming the field, and writes nothing', async () => {
    const before = await articleCount();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ text: '   ', publishedAt: '2025-03-28' }, 'input.text: is empty'],
      [{ text: 'Words.', publishedAt: '2025-02-30' }, 'input.publishedAt: "2025-02-30" is not a date (YYYY-MM-DD) or an ISO 8601 date-time'],
      [{ text: 'Words without a date.' }, 'input.publishedAt: is missing, and the text does not open with a "date YYYY-MM-DD" line'],
      [{ text: 'Words.', publishedAt: '2025-03-28', url: 'not a url' }, 'input.url: "not a url" is not an http(s) URL'],
    ];
    for (const [input, message] of cases) {
      const response = await api.query(INGEST, { input });
      expect(response.errors).toEqual([expect.objectContaining({ message, extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
    }
    expect(await articleCount()).toBe(before);
  });
});
