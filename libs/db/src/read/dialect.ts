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
   * Each row of `outer` (aliased `p`) joined to the first rows of its list in `table`
   * (aliased `c`): `list` is the `FROM … WHERE …` of the list, on the child `c`, and may refer
   * to `p`; `order` and `limit` pick the rows. `rank` numbers them in each parent's list,
   * in order (from 0 or 1). A row of `outer` whose list is empty is kept, with nulls for `c`.
   */
  firstOfEach(outer: string, table: string, list: string, order: string, limit: string): { from: string; rank: string };
}

const sqlite: ReadDialect = {
  param: () => '?',
  idList: () => '(SELECT value FROM json_each(?))',
  idsValue: (ids) => JSON.stringify(ids),
  idTable: (_position, alias) => `json_each(?) AS ${alias}`,
  // SQLite has no LATERAL: a correlated subquery lists each parent's page of ids in order, as
  // a JSON array, and the rows are read by id from it, numbered by their place in the array.
  firstOfEach: (outer, table, list, order, limit) => ({
    from: `${outer} p LEFT JOIN json_each((SELECT json_group_array("id") FROM (SELECT c.id AS "id" ${list} ORDER BY ${order} LIMIT ${limit}))) page LEFT JOIN ${table} c ON c.id = page.value`,
    rank: 'page.key',
  }),
};

const postgresql: ReadDialect = {
  param: (position) => `$${position}`,
  idList: (position) => `(SELECT unnest(CAST($${position} AS integer[])))`,
  idsValue: (ids) => [...ids],
  idTable: (position, alias) => `unnest(CAST($${position} AS integer[])) AS ${alias}(value)`,
  firstOfEach: (outer, _table, list, order, limit) => ({
    from: `${outer} p LEFT JOIN LATERAL (SELECT c.*, ROW_NUMBER() OVER (ORDER BY ${order}) AS "rank" ${list} ORDER BY ${order} LIMIT ${limit}) c ON true`,
    rank: 'c."rank"',
  }),
};

/** The dialect of the engine a client talks to. */
export function readDialect(db: Database): ReadDialect {
  return providerOf(db) === 'postgresql' ? postgresql : sqlite;
}
