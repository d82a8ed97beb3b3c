import { providerOf, type Database } from '../client';

/**
 * How each engine finds and ranks text by words. Words reach here as runs of letters and
 * digits only (see `searchWords`), and are bound as values, never spliced into SQL; on SQLite
 * each is quoted as an FTS5 string, so no word is ever read as an operator.
 *
 * Relevance is the engine's own and grows with it: SQLite's negated BM25, PostgreSQL's
 * `ts_rank` with the length normalisation (2) that orders short quotes first as BM25 does.
 * It compares results of one search, not searches or engines.
 */
export interface SearchSql {
  /** The bound value carrying the words. */
  queryValue(words: readonly string[]): string;
  /** A condition on the statements `s`: their text holds the words. */
  statementFilter(query: string): string;
  /** FROM and WHERE parts for the statements `s` matching the words in `query` (a placeholder), and their relevance. */
  statements(query: string): { from: string; match: string; relevance: string };
  /** Ids (`id`) and relevance of the statements among `ids` that match, with their text marked by \u0001…\u0002 around each matched word (`marked`). */
  statementMatches(query: string, ids: string): string;
  /** Ids (`id`) and relevance of the people whose name or an alias matches. */
  people(nameQuery: string, aliasQuery: string): string;
}

const sqlite: SearchSql = {
  queryValue: (words) => words.map((word) => `"${word}"`).join(' '),
  statementFilter: (query) => `s.id IN (SELECT rowid FROM "StatementSearch" WHERE "StatementSearch" MATCH ${query})`,
  statements: (query) => ({
    from: '"StatementSearch" JOIN "Statement" s ON s.id = "StatementSearch".rowid',
    match: `"StatementSearch" MATCH ${query}`,
    relevance: '-bm25("StatementSearch")',
  }),
  statementMatches: (query, ids) =>
    `SELECT rowid AS id, -bm25("StatementSearch") AS relevance, highlight("StatementSearch", 0, char(1), char(2)) AS marked
     FROM "StatementSearch" WHERE "StatementSearch" MATCH ${query} AND rowid IN ${ids}`,
  people: (nameQuery, aliasQuery) =>
    `SELECT id, MAX(relevance) AS relevance FROM (
       SELECT rowid AS id, -bm25("PersonNameSearch") AS relevance FROM "PersonNameSearch" WHERE "PersonNameSearch" MATCH ${nameQuery}
       UNION ALL
       SELECT a."personId" AS id, -bm25("PersonAliasSearch") AS relevance
       FROM "PersonAliasSearch" JOIN "PersonAlias" a ON a.id = "PersonAliasSearch".rowid WHERE "PersonAliasSearch" MATCH ${aliasQuery}
     ) matches GROUP BY id`,
};

/** The indexed expressions of prisma/postgresql/migrations/*_search, repeated exactly so the GIN indexes serve. */
const vector = (column: string) => `to_tsvector('english'::regconfig, ${column})`;
const tsquery = (query: string) => `plainto_tsquery('english'::regconfig, ${query})`;
const rank = (column: string, query: string) => `CAST(ts_rank(${vector(column)}, ${tsquery(query)}, 2) AS double precision)`;

const postgresql: SearchSql = {
  queryValue: (words) => words.join(' '),
  statementFilter: (query) => `${vector('s."text"')} @@ ${tsquery(query)}`,
  statements: (query) => ({ from: '"Statement" s', match: `${vector('s."text"')} @@ ${tsquery(query)}`, relevance: rank('s."text"', query) }),
  statementMatches: (query, ids) =>
    `SELECT s.id, ${rank('s."text"', query)} AS relevance,
       ts_headline('english'::regconfig, s."text", ${tsquery(query)}, 'HighlightAll=true, StartSel=' || chr(1) || ', StopSel=' || chr(2)) AS marked
     FROM "Statement" s WHERE s.id IN ${ids} AND ${vector('s."text"')} @@ ${tsquery(query)}`,
  people: (nameQuery, aliasQuery) =>
    `SELECT id, MAX(relevance) AS relevance FROM (
       SELECT p.id, ${rank('p.name', nameQuery)} AS relevance FROM "Person" p WHERE ${vector('p.name')} @@ ${tsquery(nameQuery)}
       UNION ALL
       SELECT a."personId" AS id, ${rank('a.alias', aliasQuery)} AS relevance FROM "PersonAlias" a WHERE ${vector('a.alias')} @@ ${tsquery(aliasQuery)}
     ) matches GROUP BY id`,
};

/** The search SQL of the engine a client talks to. */
export function searchSql(db: Database): SearchSql {
  return providerOf(db) === 'postgresql' ? postgresql : sqlite;
}
