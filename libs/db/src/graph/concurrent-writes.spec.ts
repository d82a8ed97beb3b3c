import type { Extraction } from '@parley/domain';
import pg from 'pg';
import { createPrismaClient, type Database } from '../client';
import { retryableDatabaseError } from '../database-errors';
import { openTempDatabase, testEngine, type TempDatabase } from '../testing';
import { checkArticleInput } from './article-input';
import { GRAPH_MERGE_LOCK } from './merge-transaction';
import { writeArticle } from './write-article';

const WRITERS = 4;
const ARTICLES_PER_WRITER = 5;

/** Outlet `n`'s report of one call, worded its own way but quoting the same words. */
function report(n: number) {
  const text = `Report ${n}: Canada's Prime Minister Mark Carney spoke with U.S. President Donald Trump on Friday.
Trump called the talk “very, very good” after the call, outlet ${n} was told.`;
  const extraction: Extraction = {
    article: { publishedAt: '2025-03-29', title: `Report ${n}`, publisher: `Outlet ${n}`, url: null },
    people: [
      { name: 'Mark Carney', aliases: ["Canada's Prime Minister Mark Carney"], roles: [{ title: 'Prime Minister', of: 'Canada', current: true }] },
      { name: 'Donald Trump', aliases: ['Trump', 'U.S. President Donald Trump'], roles: [{ title: 'President', of: 'United States', current: true }] },
    ],
    statements: [{ speaker: 'Donald Trump', text: 'very, very good', kind: 'direct', channel: 'remarks_to_reporters', date: '2025-03-28', about: ['call:1'] }],
    calls: [{ id: 'call:1', participants: ['Mark Carney', 'Donald Trump'], initiator: null, date: '2025-03-28', medium: 'phone', status: 'held' }],
    meetings: [],
    policyActions: [],
  };
  return { article: checkArticleInput({ text, publishedAt: '2025-03-29' }), extraction };
}

let database: TempDatabase;
let writers: Database[];

beforeAll(async () => {
  database = await openTempDatabase({ seed: false });
  // One client per writer: each has connections of its own, as separate processes would.
  writers = Array.from({ length: WRITERS }, () => createPrismaClient(database.url));
}, 60_000);

afterAll(async () => {
  await Promise.all(writers.map((writer) => writer.$disconnect()));
  await database.close();
});

describe(`${WRITERS} writers merging reports of the same call at once (${testEngine()})`, () => {
  it('fail none, lose none, and keep one call, one statement and one of each person, with every report as a source', async () => {
    const outcomes = await Promise.allSettled(
      writers.map(async (writer, w) => {
        const written: number[] = [];
        for (let i = 0; i < ARTICLES_PER_WRITER; i += 1) {
          const { article, extraction } = report(w * ARTICLES_PER_WRITER + i);
          written.push((await writeArticle(writer, article, extraction)).article.id);
        }
        return written;
      }),
    );
    const failures = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(failures).toEqual([]);

    const acknowledged = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? outcome.value : []));
    const total = WRITERS * ARTICLES_PER_WRITER;
    expect(new Set(acknowledged).size).toBe(total);

    const { db } = database;
    expect(await db.article.count({ where: { id: { in: acknowledged } } })).toBe(total);
    const calls = await db.event.findMany({ where: { kind: 'CALL', date: '2025-03-28' }, select: { _count: { select: { articles: true } } } });
    expect(calls).toEqual([{ _count: { articles: total } }]);
    const statements = await db.statement.findMany({ where: { text: 'very, very good' }, select: { speaker: { select: { name: true } }, _count: { select: { sources: true } } } });
    expect(statements).toEqual([{ speaker: { name: 'Donald Trump' }, _count: { sources: total } }]);
    expect((await db.person.findMany({ select: { name: true }, orderBy: { name: 'asc' } })).map((person) => person.name)).toEqual(['Donald Trump', 'Mark Carney']);
  }, 120_000);
});

(testEngine() === 'postgresql' ? describe : describe.skip)('a PostgreSQL write that cannot get its turn', () => {
  it('fails with DATABASE_BUSY after DATABASE_BUSY_TIMEOUT_MS, writing nothing', async () => {
    const holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    const impatient = createPrismaClient(database.url, { busyTimeoutMs: 300 });
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT pg_advisory_xact_lock($1)', [GRAPH_MERGE_LOCK.toString()]);
      const { article, extraction } = report(999);
      const failure = await writeArticle(impatient, article, extraction).catch((error: unknown) => error);
      expect(retryableDatabaseError(failure)?.message).toBe(
        'DATABASE_BUSY: the write waited past DATABASE_BUSY_TIMEOUT_MS for its turn to change the graph; nothing was written, retry in a few seconds.',
      );
      expect(await database.db.article.count({ where: { title: 'Report 999' } })).toBe(0);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
      await impatient.$disconnect();
    }
  }, 60_000);
});
