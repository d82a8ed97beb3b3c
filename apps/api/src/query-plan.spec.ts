import { useDevCorpusApi } from './test/dev-corpus';

const NESTED = `query Nested($leaders: Int!, $calls: Int!, $statements: Int!) {
  leaders(first: $leaders) {
    nodes {
      name
      calls(first: $calls) {
        nodes {
          participants { name }
          statements(first: $statements) { nodes { text speaker { name } } }
        }
      }
    }
  }
}`;

interface NestedResult {
  leaders: { nodes: Array<{ name: string; calls: { nodes: Array<{ participants: Array<{ name: string }>; statements: { nodes: Array<{ text: string }> } }> } }> };
}

const testApi = useDevCorpusApi();

async function countStatements(variables: { leaders: number; calls: number; statements: number }) {
  testApi().database.sql.splice(0);
  const { data, errors } = await testApi().query<NestedResult>(NESTED, variables);
  expect(errors).toBeUndefined();
  return { sql: testApi().database.sql.length, data };
}

describe('leaders → calls → participants and statements', () => {
  it('runs the same small number of SQL statements whatever the page sizes', async () => {
    const small = await countStatements({ leaders: 1, calls: 1, statements: 1 });
    const large = await countStatements({ leaders: 10, calls: 10, statements: 10 });

    const leaders = large.data?.leaders.nodes ?? [];
    const calls = leaders.flatMap((leader) => leader.calls.nodes);
    expect(leaders).toHaveLength(10);
    expect(calls.length).toBeGreaterThanOrEqual(8);
    expect(calls.flatMap((call) => call.statements.nodes).length).toBeGreaterThan(10);

    // One statement each for leaders, their calls, the calls' participants, the calls'
    // statements and those statements' speakers.
    expect(large.sql).toBeLessThanOrEqual(5);
    expect(large.sql).toBe(small.sql);
  });
});

const EVIDENCE = `query Evidence($first: Int!) {
  statements(first: $first) {
    nodes { text span { start end } attribution { source { text } cue { text } } }
  }
}`;

interface EvidenceResult {
  statements: { nodes: Array<{ text: string; span: { start: number; end: number } | null; attribution: { source: { text: string } | null } | null }> };
}

describe('a page of statements with the evidence for each', () => {
  it('reads spans and attributions in the same number of SQL statements for 1 or 50 statements', async () => {
    const count = async (first: number) => {
      testApi().database.sql.splice(0);
      const { data, errors } = await testApi().query<EvidenceResult>(EVIDENCE, { first });
      expect(errors).toBeUndefined();
      return { sql: testApi().database.sql.length, nodes: data?.statements.nodes ?? [] };
    };
    const one = await count(1);
    const fifty = await count(50);

    expect(fifty.nodes).toHaveLength(50);
    for (const node of fifty.nodes) expect(node.span?.end).toBeGreaterThan(node.span?.start ?? Infinity);
    expect(fifty.sql).toBe(one.sql);
    expect(fifty.sql).toBeLessThanOrEqual(3);
  });
});

const WIDE = `{
  leaders(first: 100) {
    nodes { slug calls(first: 60) { totalCount nodes { date participants { slug } } } }
  }
}`;

interface WideResult {
  leaders: { nodes: Array<{ slug: string; calls: { totalCount: number; nodes: Array<{ date: string; participants: Array<{ slug: string }> }> } }> };
}

describe('leaders sharing thousands of calls', () => {
  const LEADERS = 40;
  const CALLS = 2_000;

  beforeAll(async () => {
    const { db } = testApi().database;
    const slugs = Array.from({ length: LEADERS }, (_, n) => `wide-leader-${String(n).padStart(2, '0')}`);
    await db.person.createMany({ data: slugs.map((slug) => ({ slug, name: slug, nameKey: slug })) });
    const people = await db.person.findMany({ where: { slug: { in: slugs } }, orderBy: { slug: 'asc' }, select: { id: true } });
    await db.role.createMany({ data: people.map(({ id }) => ({ personId: id, title: 'Prime Minister', kind: 'HEAD_OF_GOVERNMENT', current: true })) });
    const first = await db.event.count();
    await db.event.createMany({
      data: Array.from({ length: CALLS }, (_, n) => ({ kind: 'CALL' as const, status: 'HELD' as const, date: `2024-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}` })),
    });
    const calls = await db.event.findMany({ orderBy: { id: 'asc' }, skip: first, select: { id: true } });
    // Call n is between leaders n mod 40 and (n + 1) mod 40: each leader takes part in 100 calls.
    for (const [index, { id }] of people.entries()) {
      const own = calls.filter((_, n) => n % LEADERS === index || (n + 1) % LEADERS === index);
      await db.person.update({ where: { id }, data: { events: { connect: own.map((call) => ({ id: call.id })) } } });
    }
  }, 120_000);

  it('answers leaders(first: 100) → calls(first: 60) → participants in a few statements, none with a list of parameters', async () => {
    testApi().database.sql.splice(0);
    const { data, errors } = await testApi().query<WideResult>(WIDE);
    expect(errors).toBeUndefined();

    const wide = (data?.leaders.nodes ?? []).filter((leader) => leader.slug.startsWith('wide-leader-'));
    expect(wide).toHaveLength(LEADERS);
    for (const leader of wide) {
      expect(leader.calls.totalCount).toBe(100);
      expect(leader.calls.nodes).toHaveLength(60);
      for (const call of leader.calls.nodes) {
        expect(call.participants).toHaveLength(2);
        expect(call.participants.map((person) => person.slug)).toContain(leader.slug);
      }
      const dates = leader.calls.nodes.map((call) => call.date);
      expect(dates).toEqual([...dates].sort().reverse());
    }

    expect(testApi().database.sql.length).toBeLessThanOrEqual(5);
    for (const statement of testApi().database.sql) expect((statement.match(/\?/g) ?? []).length).toBeLessThanOrEqual(8);
  });

  it('pages a leader’s calls by cursor, forwards and backwards, as one long page', async () => {
    const CALLS = `query($first: Int, $last: Int, $after: String, $before: String) {
      person(slug: "wide-leader-07") { calls(first: $first, last: $last, after: $after, before: $before) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id }
      } }
    }`;
    type Calls = { person: { calls: { totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string }; nodes: Array<{ id: string }> } } };
    const calls = async (variables: Record<string, unknown>) => {
      const { data, errors } = await testApi().query<Calls>(CALLS, variables);
      expect(errors).toBeUndefined();
      if (!data) throw new Error('no data');
      return data.person.calls;
    };
    const whole = await calls({ first: 100 });
    expect(whole.nodes).toHaveLength(100);
    expect(whole.pageInfo.hasNextPage).toBe(false);

    const forwards: string[] = [];
    for (let page = await calls({ first: 30 }); ; page = await calls({ first: 30, after: page.pageInfo.endCursor })) {
      forwards.push(...page.nodes.map((node) => node.id));
      if (!page.pageInfo.hasNextPage) break;
    }
    const backwards: string[] = [];
    for (let page = await calls({ last: 30 }); ; page = await calls({ last: 30, before: page.pageInfo.startCursor })) {
      backwards.unshift(...page.nodes.map((node) => node.id));
      if (!page.pageInfo.hasPreviousPage) break;
    }
    const ids = whole.nodes.map((node) => node.id);
    expect(forwards).toEqual(ids);
    expect(backwards).toEqual(ids);
  });
});
