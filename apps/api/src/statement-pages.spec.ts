import { encodeGlobalID } from '@pothos/plugin-relay';
import { useDevCorpusApi } from './test/dev-corpus';


interface Page {
  statements: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    nodes: Array<{ id: string; date: string | null }>;
  };
}

const PAGE = `query($first: Int, $last: Int, $after: String, $before: String, $order: SortOrder!, $filter: StatementFilter) {
  statements(first: $first, last: $last, after: $after, before: $before, order: $order, filter: $filter) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    nodes { id date }
  }
}`;

const testApi = useDevCorpusApi();

async function page(variables: Record<string, unknown>): Promise<Page['statements']> {
  const { data, errors } = await testApi().query<Page>(PAGE, variables);
  expect(errors).toBeUndefined();
  if (!data) throw new Error('no data');
  return data.statements;
}

async function walk(order: 'NEWEST_FIRST' | 'OLDEST_FIRST', backwards: boolean, size: number, filter?: object) {
  const seen: Array<{ id: string; date: string | null }> = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 500; pages += 1) {
    const result = await page(backwards ? { last: size, before: cursor, order, filter } : { first: size, after: cursor, order, filter });
    if (backwards) seen.unshift(...result.nodes);
    else seen.push(...result.nodes);
    const more = backwards ? result.pageInfo.hasPreviousPage : result.pageInfo.hasNextPage;
    if (!more) return seen;
    cursor = backwards ? result.pageInfo.startCursor : result.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}

describe('statements, page by page', () => {
  it.each(['NEWEST_FIRST', 'OLDEST_FIRST'] as const)('visits every statement once, %s, dated by day then undated, forwards and backwards', async (order) => {
    // Every statement from the database, in the documented order: by day, undated last, then by id.
    const direction = order === 'NEWEST_FIRST' ? 'desc' : 'asc';
    const rows = await testApi().database.db.statement.findMany({ orderBy: [{ saidOn: { sort: direction, nulls: 'last' } }, { id: direction }], select: { id: true, saidOn: true } });
    const whole = rows.map((row) => ({ id: encodeGlobalID('Statement', row.id), date: row.saidOn }));
    expect(whole.length).toBeGreaterThan(100);
    expect(whole.filter((node) => node.date === null).length).toBeGreaterThan(0);
    expect((await page({ first: 1, order })).totalCount).toBe(whole.length);

    expect(await walk(order, false, 7)).toEqual(whole);
    expect(await walk(order, true, 7)).toEqual(whole);
  });

  it('pages one speaker in a date range the same way', async () => {
    const filter = { speaker: { name: 'Donald Trump' }, date: { from: '2025-01-01', to: '2025-12-31' } };
    const whole = await page({ first: 100, order: 'NEWEST_FIRST', filter });
    expect(whole.nodes.length).toBeGreaterThan(3);
    expect(await walk('NEWEST_FIRST', false, 2, filter)).toEqual(whole.nodes);
  });

  it('refuses a cursor it did not issue, naming the argument', async () => {
    const personCursor = (await testApi().query<{ people: { pageInfo: { endCursor: string } } }>(`{ people(first: 1) { pageInfo { endCursor } } }`)).data?.people.pageInfo.endCursor;
    const forged = Buffer.from('GPC:T:["S:not a day","N:1"]').toString('base64');
    for (const cursor of [personCursor, forged, 'R1BDOg==']) {
      const { errors } = await testApi().query(PAGE, { first: 2, after: cursor, order: 'NEWEST_FIRST' });
      expect(errors?.map((error) => [error.message, error.extensions?.['code']])).toEqual([
        [expect.stringMatching(/^Argument "after" is not a cursor of this connection/), 'BAD_USER_INPUT'],
      ]);
    }
  });
});
