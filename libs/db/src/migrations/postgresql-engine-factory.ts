import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { Client } from 'pg';
import type { PostgresqlUrl } from '../config';
import { postgresqlPoolConfig } from '../postgresql-adapter';
import { CharAsTextClient } from './char-as-text-client';

async function onServer(config: ReturnType<typeof postgresqlPoolConfig>, sql: string): Promise<void> {
  const client = new Client(config);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * The schema engine's connections to a PostgreSQL server: the database itself, and a
 * shadow database created for a diff and dropped once its connections are closed.
 */
export class PostgresqlEngineFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres';
  readonly adapterName = '@prisma/adapter-pg';
  readonly #config: ReturnType<typeof postgresqlPoolConfig>;

  constructor(database: PostgresqlUrl) {
    this.#config = postgresqlPoolConfig(database, { poolSize: 2, Client: CharAsTextClient });
  }

  connect(): Promise<SqlDriverAdapter> {
    return new PrismaPg(this.#config as ConstructorParameters<typeof PrismaPg>[0]).connect();
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const name = `parley_shadow_${randomUUID().replace(/-/g, '')}`;
    await onServer(this.#config, `CREATE DATABASE "${name}"`);
    const shadow = await new PrismaPg({ ...this.#config, database: name } as ConstructorParameters<typeof PrismaPg>[0]).connect();
    const closePool = shadow.dispose.bind(shadow);
    return Object.assign(shadow, {
      dispose: async () => {
        await closePool();
        await onServer(this.#config, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      },
    });
  }
}
