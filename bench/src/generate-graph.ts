import { nameKey, quoteKey, slugify } from '@parley/domain';
import type BetterSqlite3 from 'better-sqlite3';
import { Random } from './random';
import type { GraphSize } from './sizes';
import { makeQuote, makeVocabulary, personName } from './vocabulary';

const CHANNELS = ['REMARKS_TO_REPORTERS', 'PRESS_STATEMENT', 'SOCIAL_MEDIA_POST', 'INTERVIEW', 'SPEECH', 'PRESS_CONFERENCE'];
const LEADER_TITLES = [
  ['Prime Minister', 'HEAD_OF_GOVERNMENT'],
  ['President', 'HEAD_OF_STATE'],
  ['Foreign Minister', 'MINISTER'],
] as const;
const COUNTRY_COUNT = 40;
const FIRST_DAY = Date.UTC(2020, 0, 1);
const DAYS = 6 * 365;

export interface GeneratedCounts {
  people: number;
  leaders: number;
  calls: number;
  statements: number;
  articles: number;
  seconds: number;
}

function day(random: Random): string {
  return new Date(FIRST_DAY + random.int(DAYS) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Writes a deterministic graph of the given size into a migrated, empty Parley database,
 * straight through SQLite (prepared inserts, one transaction): people with aliases and
 * roles, calls with two or three participants, statements with speakers, channels, days
 * and the articles quoting them. Leaders' activity is skewed, so a few have thousands of
 * calls. This is the bulk path for building benchmark graphs, not the ingest path.
 */
export function generateGraph(db: BetterSqlite3.Database, size: GraphSize, seed = 8): GeneratedCounts {
  const started = process.hrtime.bigint();
  const random = new Random(seed);
  const vocabulary = makeVocabulary(random);
  const insert = {
    country: db.prepare('INSERT INTO "Country" (id, name, slug) VALUES (?, ?, ?)'),
    person: db.prepare('INSERT INTO "Person" (id, slug, name, nameKey, kind) VALUES (?, ?, ?, ?, \'INDIVIDUAL\')'),
    alias: db.prepare('INSERT INTO "PersonAlias" (personId, alias, key, descriptive) VALUES (?, ?, ?, 0)'),
    role: db.prepare('INSERT INTO "Role" (personId, title, kind, countryId, since, current) VALUES (?, ?, ?, ?, ?, 1)'),
    article: db.prepare('INSERT INTO "Article" (id, title, publisher, url, publishedOn, text, contentHash, wordCount) VALUES (?, ?, \'Generated\', ?, ?, ?, ?, ?)'),
    event: db.prepare('INSERT INTO "Event" (id, kind, date, time, medium, status, initiatorId) VALUES (?, \'CALL\', ?, ?, \'PHONE\', \'HELD\', ?)'),
    participant: db.prepare('INSERT INTO "_EventParticipants" (A, B) VALUES (?, ?)'),
    eventSource: db.prepare('INSERT OR IGNORE INTO "_EventSources" (A, B) VALUES (?, ?)'),
    statement: db.prepare('INSERT INTO "Statement" (id, text, textKey, kind, channel, saidOn, speakerId) VALUES (?, ?, ?, \'DIRECT\', ?, ?, ?)'),
    statementEvent: db.prepare('INSERT INTO "_StatementEvents" (A, B) VALUES (?, ?)'),
    source: db.prepare('INSERT INTO "StatementSource" (statementId, articleId, start, "end") VALUES (?, ?, ?, ?)'),
  };

  const build = db.transaction(() => {
    for (let id = 1; id <= COUNTRY_COUNT; id += 1) insert.country.run(id, `Country ${id}`, `country-${id}`);
    for (let n = 0; n < size.people; n += 1) {
      const id = n + 1;
      const name = personName(n);
      insert.person.run(id, `${slugify(name)}-${id}`, name, nameKey(name));
      if (n < size.leaders) {
        const [title, kind] = LEADER_TITLES[n % LEADER_TITLES.length] ?? LEADER_TITLES[0];
        const country = (n % COUNTRY_COUNT) + 1;
        insert.role.run(id, title, kind, country, day(random));
        const full = `${title} ${name} ${id}`;
        insert.alias.run(id, full, nameKey(full));
      }
    }

    const callCount = Math.max(1, Math.round(size.statements / size.statementsPerCall));
    const callParticipants: number[][] = [];
    const callDates: Array<string | null> = [];
    for (let id = 1; id <= callCount; id += 1) {
      const first = random.skewed(size.leaders) + 1;
      const people = new Set([first, random.skewed(size.leaders, 1.5) + 1]);
      if (random.next() < 0.3) people.add(random.int(size.leaders) + 1);
      if (people.size < 2) people.add((first % size.leaders) + 1);
      const date = random.next() < 0.03 ? null : day(random);
      const time = random.next() < 0.6 ? `${String(8 + random.int(10)).padStart(2, '0')}:${random.next() < 0.5 ? '00' : '30'}` : null;
      insert.event.run(id, date, time, first);
      for (const person of people) insert.participant.run(id, person);
      callParticipants.push([...people]);
      callDates.push(date);
    }

    let articleId = 0;
    let articleText: string[] = [];
    let articleLength = 0;
    let articleDate = '2020-01-01';
    const finishArticle = () => {
      const text = articleText.join(' ');
      insert.article.run(articleId, `Generated report ${articleId}`, `https://news.example/${articleId}`, articleDate, text, `generated-${articleId}`, text.split(' ').length);
      articleText = [];
      articleLength = 0;
    };
    for (let id = 1; id <= size.statements; id += 1) {
      if ((id - 1) % size.statementsPerArticle === 0) {
        if (articleId > 0) finishArticle();
        articleId += 1;
        articleDate = day(random);
      }
      const text = makeQuote(random, vocabulary);
      let speaker: number;
      let date: string | null;
      let call: number | null = null;
      if (random.next() < 0.5) {
        call = random.skewed(callCount, 1.2) + 1;
        speaker = random.pick(callParticipants[call - 1] ?? [1]);
        date = callDates[call - 1] ?? null;
      } else {
        speaker = random.next() < 0.8 ? random.skewed(size.leaders) + 1 : size.leaders + random.int(size.people - size.leaders) + 1;
        date = random.next() < 0.03 ? null : day(random);
      }
      insert.statement.run(id, text, quoteKey(text), random.pick(CHANNELS), date, speaker);
      if (call !== null) {
        insert.statementEvent.run(call, id);
        insert.eventSource.run(call, articleId);
      }
      const start = articleLength + (articleText.length > 0 ? 1 : 0);
      insert.source.run(id, articleId, start, start + text.length);
      articleText.push(text);
      articleLength = start + text.length;
    }
    if (articleId > 0) finishArticle();
    return { calls: callCount, articles: articleId };
  });

  const { calls, articles } = build();
  db.exec('ANALYZE');
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { people: size.people, leaders: size.leaders, calls, statements: size.statements, articles, seconds };
}
