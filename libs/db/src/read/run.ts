import { logQuery, sqliteDriverOf, type Database } from '../client';
import { preparedStatement } from '../prepared-statements';

/**
 * Rows of one of Parley's hand-written reads. On SQLite the statement runs on the connection
 * Prisma uses, prepared once per text and kept; on PostgreSQL it goes through Prisma's raw
 * query path. Either way the client's query log hears of it.
 */
export async function readRows<Rows extends unknown[]>(db: Database, sql: string, values: readonly unknown[]): Promise<Rows> {
  const driver = sqliteDriverOf(db);
  if (!driver) return db.$queryRawUnsafe<Rows>(sql, ...values);
  logQuery(db, sql);
  return preparedStatement(driver, sql).all(...values) as Rows;
}
