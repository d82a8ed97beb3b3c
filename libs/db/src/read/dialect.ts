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
}

const sqlite: ReadDialect = {
  param: () => '?',
  idList: () => '(SELECT value FROM json_each(?))',
  idsValue: (ids) => JSON.stringify(ids),
};

const postgresql: ReadDialect = {
  param: (position) => `$${position}`,
  idList: (position) => `(SELECT unnest(CAST($${position} AS integer[])))`,
  idsValue: (ids) => [...ids],
};

/** The dialect of the engine a client talks to. */
export function readDialect(db: Database): ReadDialect {
  return providerOf(db) === 'postgresql' ? postgresql : sqlite;
}
