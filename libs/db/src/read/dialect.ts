import { providerOf, type Database } from '../client';

/**
 * What differs between the engines in Parley's hand-written reads, and nothing else: how a
 * statement names its n-th parameter, and how one parameter carries a whole list of ids
 * (one bound value however many parents a page has, never an `IN (?, ?, …)` that grows with it).
 */
export interface ReadDialect {
  param(position: number): string;
  /** A subquery yielding the ids passed as `idsValue` in the parameter at `position`. */
  idList(position: number): string;
  idsValue(ids: readonly number[]): unknown;
  /** The ids passed as `idsValue` in the parameter at `position`, as a table `alias` with one column, `value`. */
  idTable(position: number, alias: string): string;
  /**
   * Each row of `outer` (aliased `p`) joined to the rows of `table` (aliased `c`) that `page`
   * picks for it: `page` selects child ids (`c.id`) and may refer to `p`. A row of `outer`
   * with no such rows is kept, with nulls for `c`.
   */
  joinEach(outer: string, table: string, page: string): string;
}

const sqlite: ReadDialect = {
  param: () => '?',
  idList: () => '(SELECT value FROM json_each(?))',
  idsValue: (ids) => JSON.stringify(ids),
  idTable: (_position, alias) => `json_each(?) AS ${alias}`,
  // SQLite has no LATERAL: a correlated IN runs the page once per parent and reads each row by id.
  joinEach: (outer, table, page) => `${outer} p LEFT JOIN ${table} c ON c.id IN (${page})`,
};

const postgresql: ReadDialect = {
  param: (position) => `$${position}`,
  idList: (position) => `(SELECT unnest(CAST($${position} AS integer[])))`,
  idsValue: (ids) => [...ids],
  idTable: (position, alias) => `unnest(CAST($${position} AS integer[])) AS ${alias}(value)`,
  joinEach: (outer, table, page) => `${outer} p LEFT JOIN LATERAL (SELECT * FROM ${table} c WHERE c.id IN (${page})) c ON true`,
};

/** The dialect of the engine a client talks to. */
export function readDialect(db: Database): ReadDialect {
  return providerOf(db) === 'postgresql' ? postgresql : sqlite;
}
