import type BetterSqlite3 from 'better-sqlite3';

/** Prepared statements kept per connection; past this many distinct texts the oldest go first. */
const PREPARED_LIMIT = 256;

const preparedByDriver = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/**
 * The statement for `sql` on a better-sqlite3 connection, prepared once and kept while it
 * is among the connection's most recently used. Readers return integers as numbers: Prisma's
 * adapter sets the connection to BigInt, and Parley's ids and counts fit in a number.
 */
export function preparedStatement<Values extends unknown[] = unknown[]>(driver: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement<Values> {
  let statements = preparedByDriver.get(driver);
  if (!statements) {
    statements = new Map();
    preparedByDriver.set(driver, statements);
  }
  let statement = statements.get(sql);
  if (statement) {
    // Most recently used last, so that the first entry is the one to drop.
    statements.delete(sql);
  } else {
    statement = driver.prepare(sql);
    if (statement.reader) statement.safeIntegers(false);
    if (statements.size >= PREPARED_LIMIT) statements.delete(statements.keys().next().value as string);
  }
  statements.set(sql, statement);
  return statement as BetterSqlite3.Statement<Values>;
}
