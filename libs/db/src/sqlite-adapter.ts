import { setTimeout as sleep } from 'node:timers/promises';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { IsolationLevel, SqlDriverAdapter, Transaction } from '@prisma/driver-adapter-utils';
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteUrl } from './config';
import { databaseBusy } from './errors';
import { DEFAULT_CONNECTION_SETTINGS } from './settings';
import { WriteQueue } from './write-lock';

/**
 * Connection settings every Parley SQLite connection gets: foreign keys enforced (SQLite
 * leaves them off by default), write-ahead logging so readers never wait for a writer, and
 * a busy timeout for single writes outside transactions.
 */
const STATEMENT_BUSY_TIMEOUT_MS = 5000;
const CONNECTION_PRAGMAS = ['PRAGMA foreign_keys = ON', `PRAGMA busy_timeout = ${STATEMENT_BUSY_TIMEOUT_MS}`];
const FILE_PRAGMAS = ['PRAGMA journal_mode = WAL', 'PRAGMA synchronous = NORMAL'];

/** Pauses between attempts to take a write lock held by another process. */
const LOCK_RETRY_MS = [1, 2, 5, 10, 15, 20];
/**
 * SQLite grants the lock to whoever asks first once it is free, so a process that writes
 * back to back could take it again before the others' next attempt, for ever. A process
 * that has lately found the lock taken therefore leaves it free this long after each write.
 */
const TURN_GAP_MS = 25;
const CONTENTION_MEMORY_MS = 10_000;

export interface SqliteWriteSettings {
  busyTimeoutMs: number;
  writeQueueLimit: number;
}

function isBusy(error: unknown): boolean {
  const cause = (error as { cause?: { kind?: string; message?: string } }).cause;
  return cause?.kind === 'SocketTimeout' || /SQLITE_BUSY|database is locked/i.test(`${cause?.message ?? ''} ${(error as Error).message}`);
}

/**
 * SQLite write transactions that take the write lock when they begin (`BEGIN IMMEDIATE`),
 * so a transaction never reads as one writer's reader and then fails to become a writer.
 * Writes of this process queue for their turn (see WriteQueue); across processes, the lock
 * is retried without blocking the event loop until the busy timeout, then DATABASE_BUSY.
 */
class ImmediateTransactions {
  readonly #queue: WriteQueue;
  #lastContention = 0;
  #lastRelease = 0;

  constructor(
    private readonly connection: SqlDriverAdapter,
    private readonly settings: SqliteWriteSettings,
  ) {
    this.#queue = new WriteQueue(settings.writeQueueLimit, settings.busyTimeoutMs);
  }

  async start(isolationLevel?: IsolationLevel): Promise<Transaction> {
    if (isolationLevel && isolationLevel !== 'SERIALIZABLE') {
      throw new Error(`SQLite transactions are always SERIALIZABLE; ${isolationLevel} was asked for.`);
    }
    return this.#transaction(await this.#begin());
  }

  /**
   * Runs `work` between `BEGIN IMMEDIATE` and `COMMIT` (or `ROLLBACK` when it throws), in the
   * same turn as Prisma's transactions take. `work` is synchronous, and COMMIT follows it on
   * the spot, so no other query of this process runs inside the transaction.
   */
  async run<T>(driver: BetterSqlite3.Database, work: () => T): Promise<T> {
    const release = await this.#begin();
    try {
      const result = work();
      driver.exec('COMMIT');
      return result;
    } catch (error) {
      if (driver.inTransaction) driver.exec('ROLLBACK');
      throw error;
    } finally {
      release();
    }
  }

  /** Waits for this process's turn and the file's write lock; resolves with what gives the turn back. */
  async #begin(): Promise<() => void> {
    const deadline = Date.now() + this.settings.busyTimeoutMs;
    const queueTurn = await this.#queue.acquire();
    const release = () => {
      this.#lastRelease = Date.now();
      queueTurn();
    };
    try {
      await this.#leaveOthersATurn();
      await this.#beginImmediate(deadline);
    } catch (error) {
      release();
      throw error;
    }
    return release;
  }

  async #leaveOthersATurn(): Promise<void> {
    const now = Date.now();
    const contended = now - this.#lastContention < CONTENTION_MEMORY_MS;
    const wait = this.#lastRelease + TURN_GAP_MS - now;
    if (contended && wait > 0) await sleep(wait);
  }

  async #beginImmediate(deadline: number): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        // Zero busy timeout for this statement only: waiting happens below, asynchronously.
        await this.connection.executeScript('PRAGMA busy_timeout = 0; BEGIN IMMEDIATE');
        await this.connection.executeScript(`PRAGMA busy_timeout = ${STATEMENT_BUSY_TIMEOUT_MS}`);
        return;
      } catch (error) {
        await this.connection.executeScript(`PRAGMA busy_timeout = ${STATEMENT_BUSY_TIMEOUT_MS}`);
        if (!isBusy(error)) throw error;
        this.#lastContention = Date.now();
        if (Date.now() >= deadline) {
          throw databaseBusy(`another process held the database's write lock for more than ${this.settings.busyTimeoutMs} ms`);
        }
        await sleep(LOCK_RETRY_MS[Math.min(attempt, LOCK_RETRY_MS.length - 1)]);
      }
    }
  }

  #transaction(release: () => void): Transaction {
    const connection = this.connection;
    const savepoint = (sql: string) => connection.executeScript(sql);
    return {
      provider: connection.provider,
      adapterName: connection.adapterName,
      // Prisma sends COMMIT or ROLLBACK through executeRaw, then calls commit() or rollback().
      options: { usePhantomQuery: false },
      queryRaw: (query) => connection.queryRaw(query),
      executeRaw: (query) => connection.executeRaw(query),
      commit: async () => release(),
      rollback: async () => release(),
      createSavepoint: (name) => savepoint(`SAVEPOINT ${name}`),
      rollbackToSavepoint: (name) => savepoint(`ROLLBACK TO ${name}`),
      releaseSavepoint: (name) => savepoint(`RELEASE SAVEPOINT ${name}`),
    };
  }
}

export class ParleySqliteAdapterFactory extends PrismaBetterSqlite3 {
  readonly #pragmas: string;
  #driver: BetterSqlite3.Database | undefined;
  #transactions: ImmediateTransactions | undefined;

  constructor(
    database: SqliteUrl,
    private readonly writes: SqliteWriteSettings = DEFAULT_CONNECTION_SETTINGS,
  ) {
    super({ url: database.file });
    const pragmas = database.file === ':memory:' ? CONNECTION_PRAGMAS : [...CONNECTION_PRAGMAS, ...FILE_PRAGMAS];
    this.#pragmas = pragmas.map((pragma) => `${pragma};`).join('\n');
  }

  override async connect(): Promise<SqlDriverAdapter> {
    const connection = await super.connect();
    await connection.executeScript(this.#pragmas);
    const transactions = new ImmediateTransactions(connection, this.writes);
    this.#driver = (connection as unknown as { client: BetterSqlite3.Database }).client;
    this.#transactions = transactions;
    return Object.assign(connection, { startTransaction: (isolationLevel?: IsolationLevel) => transactions.start(isolationLevel) });
  }

  /**
   * The better-sqlite3 connection Prisma's queries run on, once connected: statements run on
   * it directly share Prisma's connection, so they see its writes and its open transaction.
   */
  get driver(): BetterSqlite3.Database | undefined {
    return this.#driver?.open ? this.#driver : undefined;
  }

  /**
   * Runs synchronous `work` on the connection in a write transaction of its own, taking the
   * same turn, lock and busy timeout as Prisma's transactions; undefined before connecting.
   */
  get writeSynchronously(): (<T>(work: (driver: BetterSqlite3.Database) => T) => Promise<T>) | undefined {
    const driver = this.driver;
    const transactions = this.#transactions;
    if (!driver || !transactions) return undefined;
    return (work) => transactions.run(driver, () => work(driver));
  }
}
