import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import type { DatabaseUrl } from './config';

/**
 * Connection settings every Parley SQLite connection gets: foreign keys enforced (SQLite
 * leaves them off by default), write-ahead logging so readers never wait for a writer, and
 * a busy timeout instead of an immediate "database is locked".
 */
const CONNECTION_PRAGMAS = ['PRAGMA foreign_keys = ON', 'PRAGMA busy_timeout = 5000'];
const FILE_PRAGMAS = ['PRAGMA journal_mode = WAL', 'PRAGMA synchronous = NORMAL'];

export class ParleySqliteAdapterFactory extends PrismaBetterSqlite3 {
  readonly #pragmas: string;

  constructor(database: DatabaseUrl) {
    super({ url: database.file });
    const pragmas = database.file === ':memory:' ? CONNECTION_PRAGMAS : [...CONNECTION_PRAGMAS, ...FILE_PRAGMAS];
    this.#pragmas = pragmas.map((pragma) => `${pragma};`).join('\n');
  }

  override async connect(): Promise<SqlDriverAdapter> {
    const adapter = await super.connect();
    await adapter.executeScript(this.#pragmas);
    return adapter;
  }
}
