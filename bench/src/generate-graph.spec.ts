import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrateDatabase } from '@parley/db';
import Database from 'better-sqlite3';
import { generateGraph } from './generate-graph';

const SMALL = { statements: 1_234, people: 200, leaders: 20, statementsPerCall: 10, statementsPerArticle: 10 };

let dir: string;
let fresh: Database.Database;
let generated: Database.Database;

const indexNames = (db: Database.Database) =>
  db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name").all().map((row) => row.name);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'parley-graph-'));
  await migrateDatabase(`file:${path.join(dir, 'fresh.db')}`);
  await migrateDatabase(`file:${path.join(dir, 'generated.db')}`);
  fresh = new Database(path.join(dir, 'fresh.db'));
  generated = new Database(path.join(dir, 'generated.db'));
  generated.pragma('foreign_keys = OFF');
  generateGraph(generated, SMALL);
});

afterAll(() => {
  fresh.close();
  generated.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the generated graph', () => {
  it('holds every statement asked for, each quoted by an article, the last batch included', () => {
    expect(generated.prepare('SELECT count(*) AS n FROM "Statement"').get()).toEqual({ n: SMALL.statements });
    expect(generated.prepare('SELECT count(DISTINCT statementId) AS n FROM "StatementSource"').get()).toEqual({ n: SMALL.statements });
    expect(generated.prepare('SELECT max(id) AS n FROM "Article"').get()).toEqual({ n: Math.ceil(SMALL.statements / SMALL.statementsPerArticle) });
  });

  it('keeps every reference and every index of the migrated schema', () => {
    expect(generated.pragma('foreign_key_check')).toEqual([]);
    expect(indexNames(generated)).toEqual(indexNames(fresh));
  });

  it('keeps the triggers of the migrated schema, and full-text indexes that find every statement and person', () => {
    const triggers = (db: Database.Database) =>
      db.prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all().map((row) => row.sql);
    expect(triggers(generated)).toEqual(triggers(fresh));
    const { text } = generated.prepare<[], { text: string }>('SELECT text FROM "Statement" WHERE id = 777').get() ?? { text: '' };
    const word = text.split(/\W+/).find((candidate) => candidate.length > 6) ?? '';
    const found = generated.prepare<[string], { id: number }>('SELECT rowid AS id FROM "StatementSearch" WHERE "StatementSearch" MATCH ?').all(`"${word}"`);
    expect(found.map((row) => row.id)).toContain(777);
    expect(generated.prepare('SELECT count(*) AS n FROM "PersonNameSearch"').get()).toEqual({ n: SMALL.people });
    for (const table of ['StatementSearch', 'PersonNameSearch', 'PersonAliasSearch']) {
      expect(() => generated.exec(`INSERT INTO "${table}"("${table}") VALUES ('integrity-check')`)).not.toThrow();
    }
  });

  it('leaves the file in write-ahead logging, as Parley opens it', () => {
    expect(generated.pragma('journal_mode', { simple: true })).toBe(fresh.pragma('journal_mode', { simple: true }));
  });

  it('names each call once among the sources of an article that quotes it several times', () => {
    const { calls } = generated.prepare<[], { calls: number }>('SELECT count(*) AS calls FROM "_EventSources"').get() ?? { calls: 0 };
    const expected = generated.prepare<[], { n: number }>('SELECT count(DISTINCT se.A || \'-\' || ss.articleId) AS n FROM "_StatementEvents" se JOIN "StatementSource" ss ON ss.statementId = se.B').get();
    expect(calls).toBe(expected?.n);
  });
});
