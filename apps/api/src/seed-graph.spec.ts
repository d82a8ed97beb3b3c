import { startTestApi, type TestApi } from './test/graphql-client';

// The seed article: Trump and Carney's call of 2025-03-28, what each said about it,
// Poilievre's reaction, the 25% vehicle tariff and Canada's retaliation.
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api.close();
});

interface Named {
  name: string;
}

describe('the seed article, through the API', () => {
  it("lists the 2025-03-28 call with Carney among Trump's calls, Carney as initiator", async () => {
    const { data, errors } = await api.query<{
      person: { name: string; calls: { totalCount: number; nodes: Array<{ date: string; time: string; medium: string; status: string; initiator: Named; participants: Named[] }> } };
    }>(`{
      person(name: "Trump") {
        name
        calls(first: 10) { totalCount nodes { date time medium status initiator { name } participants { name } } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.person.name).toBe('Donald Trump');
    expect(data?.person.calls.nodes).toContainEqual({
      date: '2025-03-28',
      time: '10:00',
      medium: 'PHONE',
      status: 'HELD',
      initiator: { name: 'Mark Carney' },
      participants: [{ name: 'Donald Trump' }, { name: 'Mark Carney' }],
    });
  });

  it('resolves "Carney" to Mark Carney, Prime Minister of Canada since 2025-03-14', async () => {
    const { data } = await api.query<{ person: { name: string; slug: string; roles: Array<{ title: string; of: string; since: string | null; current: boolean; kind: string }> } }>(
      `{ person(name: "Carney") { name slug roles { title of since current kind } } }`,
    );
    expect(data?.person.name).toBe('Mark Carney');
    expect(data?.person.slug).toBe('mark-carney');
    expect(data?.person.roles).toContainEqual({ title: 'Prime Minister', of: 'Canada', since: '2025-03-14', current: true, kind: 'HEAD_OF_GOVERNMENT' });
  });

  it('resolves other ways the article names people: "U.S. President Donald Trump", "the Prime Minister", a slug', async () => {
    const { data } = await api.query<Record<string, Named | null>>(`{
      full: person(name: "U.S. President Donald Trump") { name }
      description: person(name: "the Prime Minister") { name }
      slug: person(slug: "pierre-poilievre") { name }
      nobody: person(name: "Angela Merkel") { name }
    }`);
    expect(data).toEqual({ full: { name: 'Donald Trump' }, description: { name: 'Mark Carney' }, slug: { name: 'Pierre Poilievre' }, nobody: null });
  });

  it('has Carney calling the talk "very constructive" in a press statement', async () => {
    const { data } = await api.query<{ person: { statements: { nodes: Array<{ text: string; channel: string; date: string; kind: string }> } } }>(
      `{ person(name: "Carney") { statements(first: 20) { nodes { text channel date kind } } } }`,
    );
    expect(data?.person.statements.nodes).toContainEqual({ text: 'very constructive', channel: 'PRESS_STATEMENT', date: '2025-03-28', kind: 'DIRECT' });
  });

  it("gives Poilievre five statements, all from the campaign event", async () => {
    const { data } = await api.query<{ person: { statements: { totalCount: number; nodes: Array<{ channel: string; date: string; speaker: Named }> } } }>(
      `{ person(name: "Poilievre") { statements(first: 20) { totalCount nodes { channel date speaker { name } } } } }`,
    );
    expect(data?.person.statements.totalCount).toBe(5);
    expect(data?.person.statements.nodes).toHaveLength(5);
    for (const statement of data?.person.statements.nodes ?? []) {
      expect(statement).toEqual({ channel: 'CAMPAIGN_EVENT', date: '2025-03-28', speaker: { name: 'Pierre Poilievre' } });
    }
  });

  it("links Canada's retaliatory tariff to the 25% vehicle tariff effective 2025-04-02", async () => {
    const { data } = await api.query<{
      policyActions: { nodes: Array<{ actors: Named[]; announcedBy: Named; inResponseTo: { kind: string; ratePercent: number; effectiveDate: string; target: string; actors: Named[]; responses: { nodes: Array<{ kind: string }> } } }> };
    }>(`{
      policyActions(filter: { kind: RETALIATORY_TARIFF }) {
        nodes {
          actors { name }
          announcedBy { name }
          inResponseTo { kind ratePercent effectiveDate target actors { name } responses(first: 5) { nodes { kind } } }
        }
      }
    }`);
    expect(data?.policyActions.nodes).toEqual([
      {
        actors: [{ name: 'Canada' }],
        announcedBy: { name: 'Mark Carney' },
        inResponseTo: {
          kind: 'TARIFF',
          ratePercent: 25,
          effectiveDate: '2025-04-02',
          target: 'vehicles made outside the U.S.',
          actors: [{ name: 'United States' }],
          responses: { nodes: [{ kind: 'RETALIATORY_TARIFF' }] },
        },
      },
    ]);
  });

  it('gives every statement offsets that slice the article text back to the exact quote', async () => {
    const { data } = await api.query<{
      articles: { nodes: Array<{ text: string; quotations: { totalCount: number; nodes: Array<{ span: { start: number; end: number }; statement: { text: string; span: { start: number; end: number } } }> } }> };
    }>(`{ articles(first: 1) { nodes { text quotations(first: 100) { totalCount nodes { span { start end } statement { text span { start end } } } } } } }`);
    const article = data?.articles.nodes[0];
    expect(article?.quotations.totalCount).toBe(18);
    expect(article?.quotations.nodes[0]?.statement.text).toBe('very, very good');
    for (const { span, statement } of article?.quotations.nodes ?? []) {
      expect(article?.text.slice(span.start, span.end)).toBe(statement.text);
      expect(statement.span).toEqual(span);
    }
  });

  it("lists both leaders' words about the call, with dates and channels", async () => {
    const { data } = await api.query<{ calls: { nodes: Array<{ statements: { nodes: Array<{ text: string; channel: string; speaker: Named }> } }> } }>(`{
      calls(filter: { participants: [{ name: "Trump" }, { name: "Carney" }], status: HELD }) {
        nodes { statements(first: 20, order: OLDEST_FIRST) { nodes { text channel speaker { name } } } }
      }
    }`);
    const statements = data?.calls.nodes[0]?.statements.nodes ?? [];
    expect(new Set(statements.map((statement) => statement.speaker.name))).toEqual(new Set(['Donald Trump', 'Mark Carney']));
    expect(statements).toContainEqual({ text: 'extremely productive call', channel: 'SOCIAL_MEDIA_POST', speaker: { name: 'Donald Trump' } });
    expect(statements).toContainEqual({
      text: 'working hard for the next month to earn the right to represent Canada.',
      channel: 'PHONE_CALL',
      speaker: { name: 'Mark Carney' },
    });
  });

  it('counts Carney among Trump’s counterparts, and the planned meeting after the election', async () => {
    const { data } = await api.query<{ person: { counterparts: { totalCount: number; nodes: Named[] }; meetings: { nodes: Array<{ status: string; date: string | null; participants: Named[] }> } } }>(`{
      person(slug: "donald-trump") {
        counterparts(first: 5) { totalCount nodes { name } }
        meetings(first: 5) { nodes { status date participants { name } } }
      }
    }`);
    expect(data?.person.counterparts).toEqual({ totalCount: 1, nodes: [{ name: 'Mark Carney' }] });
    expect(data?.person.meetings.nodes).toEqual([{ status: 'PLANNED', date: null, participants: [{ name: 'Donald Trump' }, { name: 'Mark Carney' }] }]);
  });
});
