import type { Extraction } from '@parley/domain';
import { InputError } from '../errors';
import { openTempDatabase, type TempDatabase } from '../testing';
import { checkArticleInput } from './article-input';
import { writeArticle } from './write-article';

// A second report of the seed article's call, from another outlet, the next day.
const FOLLOW_UP = `Canada's Prime Minister spoke with the U.S. president on Friday, his office confirmed.
Trump described the talk as “very, very good” and said the two would meet after the election.
Ontario Premier Doug Ford said he was “cautiously optimistic” about the call.`;

function followUpExtraction(): Extraction {
  return {
    article: { publishedAt: '2025-03-29', title: null, publisher: null, url: null },
    people: [
      { name: 'Trump', aliases: [], roles: [] },
      { name: 'Mark Carney', aliases: ["Canada's Prime Minister"], roles: [{ title: 'Prime Minister', of: 'Canada', current: true }] },
      { name: 'Doug Ford', aliases: ['Ford', 'Ontario Premier Doug Ford'], roles: [{ title: 'Premier', of: 'Ontario', current: true }] },
    ],
    statements: [
      { speaker: 'Trump', text: 'very, very good', kind: 'direct', channel: 'remarks_to_reporters', date: '2025-03-28', about: ['call:1'] },
      { speaker: 'Doug Ford', text: 'cautiously optimistic', kind: 'direct', channel: 'unknown', date: '2025-03-29', about: ['call:1'] },
    ],
    calls: [{ id: 'call:1', participants: ['Mark Carney', 'Trump'], initiator: null, date: '2025-03-28', medium: 'phone', status: 'held' }],
    meetings: [],
    policyActions: [],
  };
}

let database: TempDatabase;

beforeAll(async () => {
  database = await openTempDatabase();
});

afterAll(async () => {
  await database.close();
});

async function graphSize() {
  const { db } = database;
  return {
    articles: await db.article.count(),
    people: await db.person.count(),
    events: await db.event.count(),
    statements: await db.statement.count(),
    sources: await db.statementSource.count(),
  };
}

describe('writing an article into the graph', () => {
  it('leaves nothing behind when a write fails half way', async () => {
    const before = await graphSize();
    const broken = followUpExtraction();
    // The people, the article and the call are written before the statement that fails.
    broken.statements = broken.statements.map((statement, index) => (index === 1 ? { ...statement, about: ['call:9'] } : statement));
    const article = checkArticleInput({ text: FOLLOW_UP, publishedAt: '2025-03-29' });

    await expect(writeArticle(database.db, article, broken)).rejects.toThrow(
      new InputError('statements[1].about', '"call:9" is not the id of a call, meeting or policy action of this article'),
    );
    expect(await graphSize()).toEqual(before);
    expect(await database.db.person.findFirst({ where: { name: 'Doug Ford' } })).toBeNull();
  });

  it('refuses a statement whose words are not in the text, before writing anything', async () => {
    const before = await graphSize();
    const wrong = followUpExtraction();
    wrong.statements = wrong.statements.map((statement, index) => (index === 0 ? { ...statement, text: 'absolutely wonderful' } : statement));
    await expect(writeArticle(database.db, checkArticleInput({ text: FOLLOW_UP, publishedAt: '2025-03-29' }), wrong)).rejects.toThrow(
      'statements[0].text: "absolutely wonderful" does not occur in the article text',
    );
    expect(await graphSize()).toEqual(before);
  });

  it('refuses a speaker mention that is not at the place it names, before writing anything', async () => {
    const before = await graphSize();
    const wrong = followUpExtraction();
    wrong.statements = wrong.statements.map((statement, index) => (index === 1 ? { ...statement, source: { text: 'Ford', start: 0, end: 4 } } : statement));
    await expect(writeArticle(database.db, checkArticleInput({ text: FOLLOW_UP, publishedAt: '2025-03-29' }), wrong)).rejects.toThrow(
      `statements[1].source: [0, 4) does not hold "Ford"`,
    );
    expect(await graphSize()).toEqual(before);
  });

  it('merges a second report into the people, call and statement the graph holds', async () => {
    const before = await graphSize();
    const write = await writeArticle(database.db, checkArticleInput({ text: FOLLOW_UP, publishedAt: '2025-03-29' }), followUpExtraction());

    expect(write.article.created).toBe(true);
    expect(write.people.map(({ name, created }) => ({ name, created }))).toEqual([
      { name: 'Trump', created: false },
      { name: 'Mark Carney', created: false },
      { name: 'Doug Ford', created: true },
    ]);
    expect(write.events).toEqual([expect.objectContaining({ localId: 'call:1', created: false })]);
    expect(write.statements.map((statement) => statement.created)).toEqual([false, true]);
    expect(await graphSize()).toEqual({
      articles: before.articles + 1,
      people: before.people + 1,
      events: before.events,
      statements: before.statements + 1,
      sources: before.sources + 2,
    });

    const [mergedCall] = write.events;
    const [mergedQuote] = write.statements;
    const call = await database.db.event.findUniqueOrThrow({
      where: { id: mergedCall?.id },
      select: { date: true, initiator: { select: { name: true } }, articles: { select: { publishedOn: true }, orderBy: { publishedOn: 'asc' } } },
    });
    expect(call).toEqual({ date: '2025-03-28', initiator: { name: 'Mark Carney' }, articles: [{ publishedOn: '2025-03-28' }, { publishedOn: '2025-03-29' }] });

    const quoted = await database.db.statement.findUniqueOrThrow({
      where: { id: mergedQuote?.id },
      select: { speaker: { select: { name: true } }, sources: { select: { article: { select: { publishedOn: true } } } } },
    });
    expect(quoted.speaker?.name).toBe('Donald Trump');
    expect(quoted.sources).toHaveLength(2);
  });

  it('changes nothing when the same text arrives again', async () => {
    const before = await graphSize();
    const again = await writeArticle(database.db, checkArticleInput({ text: FOLLOW_UP, publishedAt: '2025-03-29' }), followUpExtraction());
    expect(again.article.created).toBe(false);
    expect(await graphSize()).toEqual(before);
  });
});

describe('checking an incoming article', () => {
  it('takes the publication date from a `date` first line when none is given', () => {
    expect(checkArticleInput({ text: ' date 2025-03-28 U.S. President Donald Trump says…' }).publishedOn).toBe('2025-03-28');
    expect(checkArticleInput({ text: 'Body', publishedAt: '2025-03-28T23:30:00-04:00' }).publishedOn).toBe('2025-03-28');
  });

  it('names the field and the problem of bad input', () => {
    expect(() => checkArticleInput({ text: '   ' })).toThrow('text: is empty');
    expect(() => checkArticleInput({ text: 'Words.' })).toThrow('publishedAt: is missing, and the text does not open with a "date YYYY-MM-DD" line');
    expect(() => checkArticleInput({ text: 'Words.', publishedAt: '2025-02-30' })).toThrow('publishedAt: "2025-02-30" is not a date (YYYY-MM-DD) or an ISO 8601 date-time');
    expect(() => checkArticleInput({ text: 'Words.', publishedAt: '2025-03-28', url: 'ftp://x' })).toThrow('url: "ftp://x" is not an http(s) URL');
    expect(() => checkArticleInput({ text: 'PK\u0003\u0004\u0000\u0000\u0014binary', publishedAt: '2025-03-28' })).toThrow(/^text: is not article text: it holds binary data/);
  });
});
