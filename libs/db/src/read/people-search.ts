import { readRows } from './run';
import type { Database } from '../client';
import { readDialect } from './dialect';
import { searchSql } from './search-sql';
import { parameters } from './statement-list';

/** Every person whose name or one alias holds all the words, most relevant first then by id. */
export async function searchPeople(db: Database, words: readonly string[]): Promise<Array<{ id: number; relevance: number }>> {
  const { values, param } = parameters(readDialect(db));
  const sql = searchSql(db);
  const matches = sql.people(param(sql.queryValue(words)), param(sql.queryValue(words)));
  const rows = await readRows<Array<{ id: number; relevance: number }>>(db, `${matches} ORDER BY relevance DESC, id ASC`, values);
  return rows.map((row) => ({ id: Number(row.id), relevance: Number(row.relevance) }));
}
