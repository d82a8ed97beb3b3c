import { useDevCorpusApi } from './test/dev-corpus';
import type { GraphQLResponse } from './test/graphql-client';

interface Highlight {
  start: number;
  end: number;
  text: string;
}

interface SearchEdge {
  cursor: string;
  node: { id: string; text: string; date: string | null; channel: string; kind: string; speaker: { name: string } | null };
  search: { rank: number; highlights: Highlight[] } | null;
}

interface SearchPage {
  statements: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: SearchEdge[];
  };
}

const SEARCH = `query($filter: StatementFilter, $order: SortOrder, $first: Int, $last: Int, $after: String, $before: String) {
  statements(filter: $filter, order: $order, first: $first, last: $last, after: $after, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id text date channel kind speaker { name } } search { rank highlights { start end text } } }
  }
}`;

const testApi = useDevCorpusApi();

async function search(variables: Record<string, unknown>): Promise<GraphQLResponse<SearchPage>> {
  return testApi().query<SearchPage>(SEARCH, variables);
}

async function page(variables: Record<string, unknown>): Promise<SearchPage['statements']> {
  const { data, errors } = await search(variables);
  expect(errors).toBeUndefined();
  if (!data) throw new Error('no data');
  return data.statements;
}

const texts = (edges: SearchEdge[]) => edges.map((edge) => edge.node.text);
const start = (text: string) => text.slice(0, 40);

/**
 * The same searches on either engine (SQLite FTS5 with BM25, PostgreSQL tsvector with
 * ts_rank) over the seed and the dev corpus: the same statements match, and these come first
 * (as a set where the engines' ranking functions order near-equals differently).
 */
const TOP_RESULTS = [
  { search: 'tariff', count: 15, top: ['the tariff has been postponed, not cance', 'Trump with tariffs and Carney with carbo', 'traded away a tariff for a phone call.', 'discovered tariffs less than four weeks ', 'If we get to June with a signed text, th'] },
  { search: 'call', count: 6, top: ['extremely productive call', 'traded away a tariff for a phone call.', 'Nobody on that call wanted to be the one', 'President Venn called me on Tuesday and ', 'Mark called me today at 10 o’clock. We p'] },
  { search: 'war', count: 5, top: ['sleepwalking into a trade war', 'Markets were pricing in a trade war. Now', "You don't win a trade war by shouting at", 'Nobody on that call wanted to be the one', 'Nobody wants to see a dispute between go'] },
  { search: 'negotiations', count: 4, top: ['not negotiate with a gun on the table', 'comprehensive negotiations about a new e', 'Markets were pricing in a trade war. Now', 'I have asked our negotiators to prepare '] },
  { search: 'election', count: 3, top: ['discovered tariffs less than four weeks ', 'Mark called me today at 10 o’clock. We p', 'I just finished speaking with Prime Mini'] },
  { search: 'phone', count: 3, top: ['always ready to pick up the phone.', 'traded away a tariff for a phone call.', 'He expects to speak to President Maracz '] },
  { search: 'president', count: 8, top: ['The prime minister has read the presiden', 'He expects to speak to President Maracz '] },
  { search: 'prime minister', count: 6, top: ['listened to the prime minister’s concern', 'The prime minister has read the presiden'] },
  { search: 'talks', count: 8, top: ['We came here to talk about trucks and to', 'We will go to these talks in good faith,', 'and we ended up talking about the next t', 'I have asked our negotiators to prepare '] },
  { search: 'border', count: 2, top: ['If they don’t, the damage to the border ', 'true free trade, without tariffs, will a'] },
];

describe('statements(filter: { search })', () => {
  it.each(TOP_RESULTS)('ranks "$search" as on every engine: $count matches, the same first', async ({ search: words, count, top }) => {
    const result = await page({ filter: { search: words }, first: 100 });
    expect(result.totalCount).toBe(count);
    expect(result.edges).toHaveLength(count);
    const found = texts(result.edges).map(start);
    expect(found[0]).toBe(top[0]);
    expect(new Set(found.slice(0, top.length))).toEqual(new Set(top));
    const ranks = result.edges.map((edge) => edge.search?.rank ?? Number.NaN);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('highlights the matched words, stemmed, as ranges of the statement text', async () => {
    const result = await page({ filter: { search: 'phone calls' } });
    expect(texts(result.edges)).toEqual(['traded away a tariff for a phone call.']);
    const [edge] = result.edges;
    expect(edge?.search?.highlights).toEqual([
      { start: 27, end: 32, text: 'phone' },
      { start: 33, end: 37, text: 'call' },
    ]);
    for (const { node, search: match } of (await page({ filter: { search: 'tariffs president' }, first: 100 })).edges) {
      expect(match?.highlights.length).toBeGreaterThan(0);
      for (const highlight of match?.highlights ?? []) expect(node.text.slice(highlight.start, highlight.end)).toBe(highlight.text);
      expect(match?.highlights.map((highlight) => highlight.text.toLowerCase()).some((word) => word.startsWith('tariff'))).toBe(true);
    }
  });

  it('combines with the speaker, date range, channel and kind filters: the same ranking, fewer statements', async () => {
    const all = (await page({ filter: { search: 'tariff' }, first: 100 })).edges;
    const filters = [
      { filter: { speaker: { name: 'Pierre Poilievre' } }, keeps: (edge: SearchEdge) => edge.node.speaker?.name === 'Pierre Poilievre' },
      { filter: { date: { from: '2025-03-01', to: '2025-03-31' } }, keeps: (edge: SearchEdge) => !!edge.node.date && edge.node.date >= '2025-03-01' && edge.node.date <= '2025-03-31' },
      { filter: { channel: 'CAMPAIGN_EVENT' }, keeps: (edge: SearchEdge) => edge.node.channel === 'CAMPAIGN_EVENT' },
      { filter: { speaker: { name: 'Poilievre' }, channel: 'CAMPAIGN_EVENT', date: { from: '2025-03-28' } }, keeps: (edge: SearchEdge) => edge.node.speaker?.name === 'Pierre Poilievre' },
    ];
    for (const { filter, keeps } of filters) {
      const expected = all.filter(keeps).map((edge) => edge.node.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(all.length);
      const filtered = await page({ filter: { search: 'tariff', ...filter }, first: 100 });
      expect(filtered.edges.map((edge) => edge.node.id)).toEqual(expected);
      expect(filtered.totalCount).toBe(expected.length);
    }
    // Every statement of the corpus that speaks of tariffs is quoted directly.
    expect((await page({ filter: { search: 'tariff', kind: 'DIRECT' }, first: 100 })).edges.map((edge) => edge.node.id)).toEqual(all.map((edge) => edge.node.id));
    expect((await page({ filter: { search: 'tariff', kind: 'PARAPHRASE' } })).totalCount).toBe(0);
  });

  it('pages by cursor, forwards and backwards, through the same ranking', async () => {
    const whole = (await page({ filter: { search: 'tariff' }, first: 100 })).edges.map((edge) => edge.node.id);
    const forwards: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages += 1) {
      const result = await page({ filter: { search: 'tariff' }, first: 4, after });
      forwards.push(...result.edges.map((edge) => edge.node.id));
      expect(result.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(forwards).toEqual(whole);

    const backwards: string[] = [];
    let before: string | null = null;
    for (let pages = 0; pages < 20; pages += 1) {
      const result = await page({ filter: { search: 'tariff' }, last: 4, before });
      backwards.unshift(...result.edges.map((edge) => edge.node.id));
      if (!result.pageInfo.hasPreviousPage) break;
      before = result.pageInfo.startCursor;
    }
    expect(backwards).toEqual(whole);
  });

  it('accepts a cursor only from the same search', async () => {
    const tariffs = await page({ filter: { search: 'tariffs' }, first: 2 });
    // The same words in another form are the same search.
    expect((await page({ filter: { search: 'TARIFFS!' }, first: 2, after: tariffs.pageInfo.endCursor })).edges).toHaveLength(2);

    const other = await search({ filter: { search: 'president' }, first: 2, after: tariffs.pageInfo.endCursor });
    expect(other.data).toBeNull();
    expect(other.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(other.errors?.[0]?.message).toBe('Argument "after" is a cursor of the search "tariffs", not of this one ("president"): leave it out to start from the first page.');

    const byDay = await page({ first: 2 });
    const dayCursorInSearch = await search({ filter: { search: 'tariffs' }, first: 2, after: byDay.pageInfo.endCursor });
    expect(dayCursorInSearch.errors?.[0]?.message).toMatch(/^Argument "after" is not a cursor of this connection/);
    const searchCursorByDay = await search({ first: 2, after: tariffs.pageInfo.endCursor });
    expect(searchCursorByDay.errors?.[0]?.message).toMatch(/^Argument "after" is not a cursor of this connection/);
  });

  it('orders by day when an order is given, still with each match’s rank and highlights', async () => {
    const ranked = await page({ filter: { search: 'tariff' }, first: 100 });
    const byDay = await page({ filter: { search: 'tariff' }, order: 'OLDEST_FIRST', first: 100 });
    expect(new Set(byDay.edges.map((edge) => edge.node.id))).toEqual(new Set(ranked.edges.map((edge) => edge.node.id)));
    const days = byDay.edges.map((edge) => edge.node.date).filter((day): day is string => day !== null);
    expect(days).toEqual([...days].sort());
    expect(byDay.edges.map((edge) => edge.node.id)).not.toEqual(ranked.edges.map((edge) => edge.node.id));
    expect(byDay.edges.every((edge) => (edge.search?.highlights.length ?? 0) > 0)).toBe(true);
  });

  it('gives no search match on edges of a list without a search, and keeps textContains', async () => {
    const listed = await page({ first: 3, filter: { textContains: 'tariff' } });
    expect(listed.edges.map((edge) => edge.search)).toEqual([null, null, null]);
    expect(listed.edges.every((edge) => edge.node.text.toLowerCase().includes('tariff'))).toBe(true);
  });
});

/**
 * Text users type, or attackers craft, that FTS5 or tsquery would read as syntax. Each is
 * either searched as its words, or refused naming `filter.search`; never an internal error.
 */
const HOSTILE = [
  '"', '""', '"tariff', 'tariff"', '"tariff" OR "president"', 'AND', 'OR', 'NOT', 'NEAR', 'NEAR(tariff call)', 'NEAR(tariff call, 2)',
  'tariff AND president', 'tariff OR president', 'tariff NOT president', 'tariff*', '*', '*tariff', '-tariff', 'tariff -president', '^tariff',
  '(tariff', 'tariff)', '()', 'text:tariff', 'StatementSearch:tariff', '{text}: tariff', ':', '.', ',', "'", '!', '&', '|', '!tariff',
  'tariff & | ! president', '<->', 'tariff <-> president', 'tariff:*', "'; DROP TABLE \"Statement\"; --", '\\', '%', '_', '%tariff_', '+tariff',
  'tariff~', 'tariff^2', '[tariff]', '\u0000', 'tariff\u0000president', 'the of and', 'a', '🦅', '🦅 tariff 🇨🇦', '\uD800', 'tariff \uDC00',
  'tarif\u0301f', 'тариф', '关税', 'x'.repeat(201), 'tariff '.repeat(40), Array.from({ length: 17 }, (_, index) => `word${index}`).join(' '),
];

describe('statements(filter: { search }) with hostile text', () => {
  it.each(HOSTILE.map((text) => [JSON.stringify(text).slice(0, 60), text]))('%s is searched as words or refused naming filter.search', async (_label, text) => {
    const result = await search({ filter: { search: text }, first: 5 });
    if (result.errors) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(result.errors[0]?.message).toMatch(/^filter\.search: /);
    } else {
      for (const edge of result.data?.statements.edges ?? []) expect(edge.search?.highlights.length).toBeGreaterThan(0);
    }
  });

  it('reads operators as words: quotes, OR, NOT, -, * and NEAR change nothing but the words searched', async () => {
    const ids = async (text: string) => (await page({ filter: { search: text }, first: 100 })).edges.map((edge) => edge.node.id);
    const tariff = await ids('tariff');
    for (const text of ['"tariff"', '-tariff', 'tariff*', '^tariff', '(tariff)', 'tariff:*', '!tariff', 'TARIFF', '"tariff" OR']) expect(await ids(text)).toEqual(tariff);
    // OR and NOT are common words, left out: both words are required, not either, and not excluded.
    const both = await ids('tariff president');
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(tariff.length);
    expect(await ids('tariff OR president')).toEqual(both);
    expect(await ids('tariff NOT president')).toEqual(both);
    // NEAR is a word like any other: no statement holds it with both.
    expect(await ids('NEAR(tariff president)')).toEqual([]);
  });

  it.each([
    ['', 'holds no letters or digits to search for'],
    ['"*"', 'holds no letters or digits to search for'],
    ['🦅', 'holds no letters or digits to search for'],
    ['the of and', 'holds only common words that are not indexed (the, of, and): add a more specific one'],
    ['\uD800', 'contains a lone UTF-16 surrogate (malformed Unicode); send well-formed text'],
    ['x'.repeat(201), 'is 201 characters long; at most 200 are searched'],
  ])('refuses %j: %s', async (text, problem) => {
    const result = await search({ filter: { search: text } });
    expect(result.data).toBeNull();
    expect(result.errors?.map((error) => [error.message, error.extensions?.['code']])).toEqual([[`filter.search: ${problem}`, 'BAD_USER_INPUT']]);
  });
});

interface PeoplePage {
  people: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Array<{ name: string; aliases: string[] }> };
}

const PEOPLE = `query($filter: PersonFilter, $first: Int, $after: String) {
  people(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { name aliases } }
}`;

describe('people(filter: { search })', () => {
  async function people(variables: Record<string, unknown>): Promise<PeoplePage['people']> {
    const { data, errors } = await testApi().query<PeoplePage>(PEOPLE, variables);
    expect(errors).toBeUndefined();
    if (!data) throw new Error('no data');
    return data.people;
  }

  it('finds people by name or alias, stemmed, most relevant first', async () => {
    const trump = await people({ filter: { search: 'trump' } });
    expect(trump.nodes[0]?.name).toBe('Donald Trump');

    const ministers = await people({ filter: { search: 'prime ministers' }, first: 100 });
    expect(ministers.totalCount).toBeGreaterThan(1);
    expect(ministers.nodes).toHaveLength(ministers.totalCount);
    for (const person of ministers.nodes) {
      expect([person.name, ...person.aliases].some((name) => /prime minister/i.test(name))).toBe(true);
    }
  });

  it('combines with the other filters, and pages by cursor through the same ranking', async () => {
    const whole = await people({ filter: { search: 'prime minister' }, first: 100 });
    const names: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages += 1) {
      const result = await people({ filter: { search: 'prime minister' }, first: 2, after });
      names.push(...result.nodes.map((person) => person.name));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(names).toEqual(whole.nodes.map((person) => person.name));

    const individuals = await people({ filter: { search: 'prime minister', kind: 'INSTITUTION' }, first: 100 });
    expect(individuals.nodes.length).toBeLessThan(whole.nodes.length);

    const trump = await people({ filter: { search: 'trump' }, first: 100 });
    expect(trump.nodes.map((person) => person.name)).not.toContain(whole.nodes[1]?.name);
    const firstTwo = await people({ filter: { search: 'prime minister' }, first: 2 });
    const other = await testApi().query<PeoplePage>(PEOPLE, { filter: { search: 'trump' }, first: 2, after: firstTwo.pageInfo.endCursor });
    expect(other.data).toBeNull();
    expect(other.errors?.map((error) => [error.message, error.extensions?.['code']])).toEqual([
      ['Argument "after" is not a cursor of this search: pass the "cursor" of one of its edges, or leave it out to start from the first page.', 'BAD_USER_INPUT'],
    ]);
  });

  it('refuses text with no words to search, naming filter.search', async () => {
    const { data, errors } = await testApi().query<PeoplePage>(PEOPLE, { filter: { search: '"()"' } });
    expect(data).toBeNull();
    expect(errors?.map((error) => error.message)).toEqual(['filter.search: holds no letters or digits to search for']);
  });
});
