import { readRows } from './run';
import type { Database } from '../client';
import type { Statement } from '../generated/prisma/client';
import { columnList } from './related';
import { STATEMENT_COLUMNS, type StatementRow } from './relations';
import { readDialect } from './dialect';
import { searchSql } from './search-sql';
import { parameters, statementFilters, type StatementConditions } from './statement-list';

/** Where a page of search results starts: the relevance and id of the row before it. */
export interface SearchKey {
  relevance: number;
  id: number;
}

/** Matched words in a text: UTF-16 offsets `[start, end)`, so `text.slice(start, end)` gives them back. */
export interface SearchHighlight {
  start: number;
  end: number;
  text: string;
}

/** How well one statement matched a search, and where. */
export interface SearchMatch {
  relevance: number;
  highlights: SearchHighlight[];
}

export type RankedStatement = StatementRow & { relevance: number };

const START = '\u0001';
const STOP = '\u0002';

/**
 * Up to `limit` statements holding every word that meet the other conditions, most relevant
 * first then by id, after `start` (exclusive); or before it when `backwards` (then nearest
 * first). The relevance of every match is computed, as ranking needs, in one statement.
 */
export async function statementSearch(
  db: Database,
  words: readonly string[],
  conditions: StatementConditions,
  page: { backwards: boolean; start: SearchKey | null; limit: number },
): Promise<RankedStatement[]> {
  const { values, param } = parameters(readDialect(db));
  const sql = searchSql(db);
  const { from, match, relevance } = sql.statements(param(sql.queryValue(words)));
  const where = [match, ...statementFilters(db, { ...conditions, search: undefined }, param)];
  const [further, sort] = page.backwards ? ['>', 'ASC'] : ['<', 'DESC'];
  const [later, idSort] = page.backwards ? ['<', 'DESC'] : ['>', 'ASC'];
  const keyset = page.start
    ? `WHERE ("relevance" ${further} ${param(page.start.relevance)} OR ("relevance" = ${param(page.start.relevance)} AND id ${later} ${param(page.start.id)}))`
    : '';
  const rows = await readRows<RankedStatement[]>(
    db,
    `SELECT * FROM (SELECT ${columnList(STATEMENT_COLUMNS, 's')}, ${relevance} AS "relevance" FROM ${from} WHERE ${where.join(' AND ')}) ranked ${keyset}
     ORDER BY "relevance" ${sort}, id ${idSort} LIMIT ${Math.trunc(page.limit)}`,
    values,
  );
  return rows.map((row) => ({ ...row, relevance: Number(row.relevance) }));
}

/** The relevance and highlighted words of each statement that matches the words, by id. */
export async function searchMatches(db: Database, words: readonly string[], statements: ReadonlyArray<Pick<Statement, 'id' | 'text'>>): Promise<Map<number, SearchMatch>> {
  if (statements.length === 0) return new Map();
  const dialect = readDialect(db);
  const { values, param } = parameters(dialect);
  const sql = searchSql(db);
  const query = param(sql.queryValue(words));
  const ids = dialect.idList(values.length + 1);
  values.push(dialect.idsValue(statements.map((statement) => statement.id)));
  const rows = await readRows<Array<{ id: number; relevance: number; marked: string }>>(db, sql.statementMatches(query, ids), values);
  const texts = new Map(statements.map((statement) => [statement.id, statement.text]));
  return new Map(rows.map((row) => [Number(row.id), { relevance: Number(row.relevance), highlights: highlightsOf(row.marked, texts.get(Number(row.id)) ?? '') }]));
}

/** The marked words of a text the engine returned with markers around each; none when the engine changed the text itself. */
function highlightsOf(marked: string, text: string): SearchHighlight[] {
  const highlights: SearchHighlight[] = [];
  let plain = '';
  let start = 0;
  for (const character of marked) {
    if (character === START) start = plain.length;
    else if (character === STOP) highlights.push({ start, end: plain.length, text: plain.slice(start) });
    else plain += character;
  }
  return plain === text ? highlights : [];
}
