import { nameKey, slugify } from '@parley/domain';
import type BetterSqlite3 from 'better-sqlite3';
import { Random } from './random';
import { RowBatch } from './row-batch';
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
  /** Of which writing the rows; the rest builds the indexes, the full-text indexes and statistics. */
  loadSeconds?: number;
}

const DAY_NAMES = Array.from({ length: DAYS }, (_, index) => new Date(FIRST_DAY + index * 86_400_000).toISOString().slice(0, 10));

function day(random: Random): string {
  return DAY_NAMES[random.int(DAYS)] ?? '2020-01-01';
}

/**
 * Drops the triggers that keep the full-text indexes (external-content FTS5 tables) up to
 * date row by row, and returns what builds them once the rows are in: each index rebuilt
 * from its table in one pass, then the triggers again, for the writes that come later.
 */
function dropSearchTriggers(db: BetterSqlite3.Database): string[] {
  const triggers = db
    .prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%AFTER INSERT%'")
    .all();
  const searchTables = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'")
    .all();
  for (const trigger of triggers) db.exec(`DROP TRIGGER "${trigger.name}"`);
  return [...searchTables.map((table) => `INSERT INTO "${table.name}"("${table.name}") VALUES ('rebuild')`), ...triggers.map((trigger) => trigger.sql)];
}

/**
 * Drops every index the migrations created (a UNIQUE one checks its rows again when it is
 * created) and returns the statements that create them again: building an index once over
 * the loaded rows is far cheaper than keeping it up to date through a million random inserts.
 */
function dropIndexes(db: BetterSqlite3.Database): string[] {
  const indexes = db.prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").all();
  for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
  return indexes.map((index) => index.sql);
}

/**
 * Writes a deterministic graph of the given size into a migrated, empty Parley database,
 * straight through SQLite (prepared inserts, one transaction, read indexes and full-text indexes built afterwards): people with aliases and
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
    event: db.prepare('INSERT INTO "Event" (id, kind, date, time, medium, status, initiatorId) VALUES (?, \'CALL\', ?, ?, \'PHONE\', \'HELD\', ?)'),
    participant: db.prepare('INSERT INTO "_EventParticipants" (A, B) VALUES (?, ?)'),
  };
  const rows = {
    article: new RowBatch(db, 'INSERT INTO "Article" (id, title, publisher, url, publishedOn, text, contentHash, wordCount)', 8),
    // Prisma orders a relation table's sides by model name: A is the article, B the call.
    eventSource: new RowBatch(db, 'INSERT INTO "_EventSources" (A, B)', 2),
    statement: new RowBatch(db, 'INSERT INTO "Statement" (id, text, textKey, kind, channel, saidOn, speakerId)', 7),
    statementEvent: new RowBatch(db, 'INSERT INTO "_StatementEvents" (A, B)', 2),
    source: new RowBatch(db, 'INSERT INTO "StatementSource" (statementId, articleId, start, "end")', 4),
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
    let wordCount = 0;
    const lastSourceOfCall = new Int32Array(callCount + 1);
    let articleDate = '2020-01-01';
    const finishArticle = () => {
      const text = articleText.join(' ');
      rows.article.add(articleId, `Generated report ${articleId}`, 'Generated', `https://news.example/${articleId}`, articleDate, text, `generated-${articleId}`, wordCount);
      wordCount = 0;
      articleText = [];
      articleLength = 0;
    };
    for (let id = 1; id <= size.statements; id += 1) {
      if ((id - 1) % size.statementsPerArticle === 0) {
        if (articleId > 0) finishArticle();
        articleId += 1;
        articleDate = day(random);
      }
      const quote = makeQuote(random, vocabulary);
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
      rows.statement.add(id, quote.text, quote.key, 'DIRECT', random.pick(CHANNELS), date, speaker);
      if (call !== null) {
        rows.statementEvent.add(call, id);
        // An article quoting several statements of one call is its source once.
        if (lastSourceOfCall[call] !== articleId) rows.eventSource.add(articleId, call);
        lastSourceOfCall[call] = articleId;
      }
      const start = articleLength + (articleText.length > 0 ? 1 : 0);
      rows.source.add(id, articleId, start, start + quote.text.length);
      articleText.push(quote.text);
      articleLength = start + quote.text.length;
      wordCount += quote.key.split(' ').length;
    }
    if (articleId > 0) finishArticle();
    for (const batch of Object.values(rows)) batch.flush();
    return { calls: callCount, articles: articleId };
  });

  // Rows go straight into the file, not through a write-ahead log, and sorts for the
  // indexes happen in memory; the journal mode the file had is restored at the end.
  const journalMode = db.pragma('journal_mode', { simple: true }) as string;
  db.pragma('journal_mode = MEMORY');
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -262144');
  const deferred = [...dropIndexes(db), ...dropSearchTriggers(db)];
  const { calls, articles } = build();
  const loadSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  db.exec(deferred.join(';\n'));
  db.exec('ANALYZE');
  db.pragma(`journal_mode = ${journalMode}`);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { people: size.people, leaders: size.leaders, calls, statements: size.statements, articles, seconds, loadSeconds };
}
