import type { Database } from '../client';
import { openTempDatabase, type TempDatabase } from '../testing';
import { relatedLists, relatedPages, rowsById } from './related';
import { eventsOfPerson, PERSON_COLUMNS, statementsOfSpeaker } from './relations';

interface Row {
  id: number;
  [column: string]: unknown;
}

let temp: TempDatabase;
let db: Database;
const people: Record<'talker' | 'quiet' | 'silent', number> = { talker: 0, quiet: 0, silent: 0 };

/** The talker said 7 things (2 undated, 2 on one day), the quiet one 1, the silent one nothing; calls and meetings between them. */
async function buildGraph(): Promise<void> {
  for (const name of Object.keys(people) as Array<keyof typeof people>) {
    people[name] = (await db.person.create({ data: { slug: `${name}-person`, name: `${name} person`, nameKey: `${name} person` } })).id;
  }
  const days = ['2024-03-01', null, '2024-05-09', '2024-05-09', '2023-12-31', null, '2024-01-15'];
  for (const [n, saidOn] of days.entries()) {
    await db.statement.create({ data: { text: `Words ${n}`, textKey: `words ${n}`, kind: 'DIRECT', channel: 'PRESS_CONFERENCE', saidOn, speakerId: people.talker } });
  }
  await db.statement.create({ data: { text: 'Once', textKey: 'once', kind: 'DIRECT', channel: 'INTERVIEW', saidOn: '2024-02-02', speakerId: people.quiet } });
  const events: Array<{ kind: 'CALL' | 'MEETING'; date: string | null; time?: string }> = [
    { kind: 'CALL', date: '2024-01-01' },
    { kind: 'CALL', date: null },
    { kind: 'MEETING', date: '2024-02-01' },
    { kind: 'CALL', date: '2024-03-01', time: '09:00' },
    { kind: 'CALL', date: '2024-03-01', time: '17:30' },
  ];
  for (const event of events) {
    await db.event.create({
      data: { ...event, status: 'HELD', participants: { connect: [{ id: people.talker }, { id: people.quiet }] } },
    });
  }
}

beforeAll(async () => {
  temp = await openTempDatabase({ seed: false });
  db = temp.db;
  await buildGraph();
}, 60_000);

afterAll(async () => {
  await temp.close();
});

const ids = () => [people.talker, people.quiet, people.silent];
const idsOf = (rows: readonly Row[] | undefined) => (rows ?? []).map((row) => row.id);

describe.each(['asc', 'desc'] as const)('a first page of each parent’s list (%s)', (direction) => {
  const relation = statementsOfSpeaker(direction, false);

  it('is the start of the whole list, says whether more follow, and is counted only when asked', async () => {
    const whole = await relatedLists<Row>(db, relation, ids());
    for (const first of [0, 1, 3, 7, 8]) {
      for (const counted of [false, true]) {
        const pages = await relatedPages<Row>(db, relation, ids(), { first, counted });
        for (const parent of ids()) {
          const list = whole.get(parent) ?? [];
          const page = pages.get(parent);
          expect(idsOf(page?.rows)).toEqual(idsOf(list.slice(0, first)));
          expect(page?.more ?? false).toBe(first > 0 ? list.length > first : list.length > 0);
          if (counted) expect(page?.total).toBe(list.length);
          else expect(page?.total ?? null).toBeNull();
        }
      }
    }
  });

  it('agrees with the numbered pages read from a cursor', async () => {
    const whole = await relatedLists<Row>(db, relation, [people.talker]);
    const list = whole.get(people.talker) ?? [];
    const first = await relatedPages<Row>(db, relation, [people.talker], { first: 3 });
    const next = await relatedPages<Row>(db, relation, [people.talker], { first: 3, afterId: list[2]?.id });
    expect([...idsOf(first.get(people.talker)?.rows), ...idsOf(next.get(people.talker)?.rows)]).toEqual(idsOf(list.slice(0, 6)));
    expect(next.get(people.talker)).toMatchObject({ total: 7, more: true, firstRank: 4, lastRank: 6 });
  });
});

describe('first pages', () => {
  it('bind a condition’s values in the order of the text, in the count as well as the page', async () => {
    const calls = await relatedPages<Row>(db, eventsOfPerson('desc'), [people.quiet, people.silent], { first: 2, counted: true }, ['CALL']);
    const quiet = calls.get(people.quiet);
    expect(quiet?.total).toBe(4);
    expect(quiet?.more).toBe(true);
    expect(quiet?.rows.map((row) => [row['date'], row['time']])).toEqual([
      ['2024-03-01', '17:30'],
      ['2024-03-01', '09:00'],
    ]);
    expect(calls.get(people.silent)).toMatchObject({ rows: [], total: 0, more: false });
  });

  it('take one statement whatever the number of parents, and read only the columns the API shows', async () => {
    temp.sql.splice(0);
    const pages = await relatedPages<Row>(db, statementsOfSpeaker('desc', false), ids(), { first: 2, counted: true });
    expect(temp.sql).toHaveLength(1);
    expect(Object.keys(pages.get(people.talker)?.rows[0] ?? {}).sort()).toEqual(['channel', 'id', 'kind', 'saidOn', 'speakerId', 'text']);
    const speakers = await rowsById<Row>(db, 'Person', PERSON_COLUMNS, [people.talker, people.quiet, 99_999]);
    expect([...speakers.keys()].sort((a, b) => a - b)).toEqual([people.talker, people.quiet].sort((a, b) => a - b));
    expect(speakers.get(people.quiet)).toEqual({ id: people.quiet, slug: 'quiet-person', name: 'quiet person', nameKey: 'quiet person', kind: 'INDIVIDUAL' });
    expect(temp.sql).toHaveLength(2);
  });
});
