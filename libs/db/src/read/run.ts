import type BetterSqlite3 from 'better-sqlite3';
import { logQuery, sqliteDriverOf, type Database } from '../client';

/** Prepared statements kept per connection; past this many distinct texts the oldest go first. */
const PREPARED_LIMIT = 256;

const preparedByDriver = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

function prepared(driver: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
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
    // Prisma's adapter reads integers as BigInt; Parley's ids and counts fit in a number.
    statement = driver.prepare(sql).safeIntegers(false);
    if (statements.size >= PREPARED_LIMIT) statements.delete(statements.keys().next().value as string);
  }
  statements.set(sql, statement);
  return statement;
}

/**
 * Rows of one of Parley's hand-written reads. On SQLite the statement runs on the connection
 * Prisma uses, prepared once per text and kept; on PostgreSQL it goes through Prisma's raw
 * query path. Either way the client's query log hears of it.
 */
export async function readRows<Rows extends unknown[]>(db: Database, sql: string, values: readonly unknown[]): Promise<Rows> {
  const driver = sqliteDriverOf(db);
  if (!driver) return db.$queryRawUnsafe<Rows>(sql, ...values);
  logQuery(db, sql);
  return prepared(driver, sql).all(...values) as Rows;
}
