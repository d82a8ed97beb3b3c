import { setTimeout as sleep } from 'node:timers/promises';
import type BetterSqlite3 from 'better-sqlite3';
import { busyTimeoutOf, logQuery, providerOf, sqliteDriverOf, sqliteWriteOf, type Database } from '../client';
import { isWriteConflict } from '../database-errors';
import type { Tx } from './transaction';

/** Waiting for the write lock is bounded by DATABASE_BUSY_TIMEOUT_MS, not by Prisma's own limit. */
const TRANSACTION_LIMITS = { maxWait: 600_000, timeout: 120_000 };
const ATTEMPTS = 5;

/**
 * One key for the whole graph: merging an article reads what the graph holds (people by
 * name, calls by day and participants, statements by words) and then writes what is new,
 * so two merges must not interleave, or the same person could be created twice.
 */
export const GRAPH_MERGE_LOCK = 0x7061726c6579n; // "parley"

/**
 * Runs `work` as one merge into the graph, one merge at a time across every process:
 * SQLite's write transactions take the file's lock as they begin; on PostgreSQL the
 * transaction takes an advisory lock first. A transaction that loses to a concurrent one
 * (serialization failure, deadlock) is rerun; `work` must only touch the database.
 *
 * On SQLite, `onSqlite`, when given, does the work instead, synchronously on the connection
 * between `BEGIN IMMEDIATE` and `COMMIT`, in the turn and under the busy timeout Prisma's
 * transactions take (see sqlite-adapter.ts): nothing is awaited in between, so no other
 * query of this process runs inside the transaction.
 */
export async function inMergeTransaction<T>(
  db: Database,
  work: (tx: Tx) => Promise<T>,
  onSqlite?: (driver: BetterSqlite3.Database, log: (sql: string) => void) => T,
): Promise<T> {
  if (providerOf(db) === 'sqlite') {
    const write = onSqlite && sqliteWriteOf(db);
    if (write) return write((driver) => onSqlite(driver, (sql) => logQuery(db, sql)));
    // Not connected yet: Prisma's transaction connects, and the work runs inside it.
    return db.$transaction(async (tx) => {
      const driver = onSqlite && sqliteDriverOf(db);
      return driver ? onSqlite(driver, (sql) => logQuery(db, sql)) : work(tx);
    }, TRANSACTION_LIMITS);
  }
  const lockTimeout = String(busyTimeoutOf(db));
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction(async (tx) => {
        // Waiting for the turn is bounded by the busy timeout, not by the statement timeout.
        await tx.$executeRaw`SELECT set_config('lock_timeout', ${lockTimeout}, true), set_config('statement_timeout', '0', true)`;
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${GRAPH_MERGE_LOCK})`;
        await tx.$executeRaw`SELECT set_config('statement_timeout', reset_val, true), set_config('lock_timeout', '0', true) FROM pg_settings WHERE name = 'statement_timeout'`;
        return work(tx);
      }, TRANSACTION_LIMITS);
    } catch (error) {
      if (attempt >= ATTEMPTS || !isWriteConflict(error)) throw error;
      await sleep(Math.random() * 20 * attempt);
    }
  }
}
