import { ColumnTypeEnum, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

/** PostgreSQL 15, the version Parley's migrations are written for and tested on. */
const SERVER = { version: 'PostgreSQL 15 (offline: diffing two models)', versionNumber: 150000 };

function refuse(sql: string): never {
  throw new Error(`Diffing two PostgreSQL models needs no database, but the schema engine sent: ${sql.slice(0, 80)}`);
}

/**
 * What the schema engine needs to diff two PostgreSQL models without a server: on connect
 * it asks only whether the schema exists and the server's version. Any other statement is
 * refused, so nothing pretends to have reached a database.
 */
const offlineConnection: SqlDriverAdapter = {
  provider: 'postgres',
  adapterName: 'parley-offline-postgresql',
  queryRaw: async (query) => {
    if (!query.sql.includes('server_version_num')) refuse(query.sql);
    return {
      columnNames: ['exists', 'version', 'numeric_version'],
      columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
      rows: [[true, SERVER.version, SERVER.versionNumber]],
    };
  },
  executeRaw: async (query) => refuse(query.sql),
  executeScript: async (script) => refuse(script),
  startTransaction: async () => refuse('BEGIN'),
  dispose: async () => undefined,
};

export const offlinePostgresql: SqlMigrationAwareDriverAdapterFactory = {
  provider: 'postgres',
  adapterName: 'parley-offline-postgresql',
  connect: async () => offlineConnection,
  connectToShadowDb: async () => offlineConnection,
};
