import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type * as EngineModule from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { DatabaseUrl, Provider } from '../config';
import { schemaPathOf } from '../paths';
import { ParleySqliteAdapterFactory } from '../sqlite-adapter';
import { offlinePostgresql } from './offline-postgresql';
import { PostgresqlEngineFactory } from './postgresql-engine-factory';

type EngineBindings = typeof EngineModule;

/** The part of Node's global WebAssembly API used here (TypeScript declares it only for the DOM). */
interface WebAssemblyApi {
  instantiate(bytes: Uint8Array, imports: Record<string, unknown>): Promise<{ instance: { exports: Record<string, unknown> } }>;
}
const { WebAssembly } = globalThis as unknown as { WebAssembly: WebAssemblyApi };

let bindings: Promise<EngineBindings> | undefined;

/**
 * Prisma's schema engine compiled to WebAssembly. Its package imports the `.wasm` file as
 * an ES module, which Node 20 allows only behind a flag, so the module is instantiated
 * here and handed to the package's JavaScript bindings.
 */
function loadEngineBindings(): Promise<EngineBindings> {
  bindings ??= (async () => {
    const module: EngineBindings = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmFile = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')), 'schema_engine_bg.wasm');
    const { instance } = await WebAssembly.instantiate(await readFile(wasmFile), { './schema_engine_bg.js': module });
    module.__wbg_set_wasm(instance.exports);
    (instance.exports['__wbindgen_start'] as () => void)();
    return module;
  })();
  return bindings;
}

/**
 * The engine's connections, kept so they are closed when it is done. The engine replays
 * whole migration scripts through `executeRaw` on the shadow database, which better-sqlite3
 * runs one statement at a time; such scripts go through `executeScript` instead.
 */
class EngineAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider: SqlMigrationAwareDriverAdapterFactory['provider'];
  readonly adapterName: string;
  readonly #opened: SqlDriverAdapter[] = [];

  constructor(private readonly inner: SqlMigrationAwareDriverAdapterFactory) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    return this.#wrap(await this.inner.connect());
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.#wrap(await this.inner.connectToShadowDb());
  }

  async dispose(): Promise<void> {
    await Promise.all(this.#opened.splice(0).map((adapter) => adapter.dispose()));
  }

  #wrap(adapter: SqlDriverAdapter): SqlDriverAdapter {
    this.#opened.push(adapter);
    return {
      provider: adapter.provider,
      adapterName: adapter.adapterName,
      queryRaw: (query) => adapter.queryRaw(query),
      executeRaw: async (query) => {
        if (query.args.length > 0 || !holdsSeveralStatements(query.sql)) return adapter.executeRaw(query);
        await adapter.executeScript(query.sql);
        return 0;
      },
      executeScript: (script) => adapter.executeScript(script),
      startTransaction: (isolationLevel) => adapter.startTransaction(isolationLevel),
      dispose: async () => undefined,
      getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    };
  }
}

/** Whether SQL text holds more than one statement (a `;` followed by more than comments). */
function holdsSeveralStatements(sql: string): boolean {
  const withoutComments = sql.replace(/--[^\n]*/g, '').replace(/'(?:[^']|'')*'/g, "''");
  const statements = withoutComments.split(';').filter((part) => part.trim().length > 0);
  return statements.length > 1;
}

export interface SchemaFile {
  path: string;
  content: string;
}

/** The model as the engine of `provider` reads it: the source of truth, or its PostgreSQL derivation. */
export async function readSchemaFile(provider: Provider = 'sqlite'): Promise<SchemaFile> {
  const file = schemaPathOf(provider);
  return { path: file, content: await readFile(file, 'utf8') };
}

/** The engine's connection: a database, or `'offline-postgresql'` to diff PostgreSQL models without one. */
export type EngineTarget = DatabaseUrl | 'offline-postgresql';

function adapterFactoryFor(target: EngineTarget): SqlMigrationAwareDriverAdapterFactory {
  if (target === 'offline-postgresql') return offlinePostgresql;
  return target.provider === 'sqlite' ? new ParleySqliteAdapterFactory(target) : new PostgresqlEngineFactory(target);
}

/**
 * Runs `work` with a schema engine connected to `target` and reading `schema` (by
 * default the model for that engine), then frees both.
 */
export async function withSchemaEngine<T>(target: EngineTarget, work: (engine: SchemaEngine) => Promise<T>, schema?: SchemaFile): Promise<T> {
  const { SchemaEngine: Engine } = await loadEngineBindings();
  schema ??= await readSchemaFile(target === 'offline-postgresql' ? 'postgresql' : target.provider);
  const adapters = new EngineAdapterFactory(adapterFactoryFor(target));
  const engine = await Engine.new({ datamodels: [[schema.path, schema.content]] }, () => undefined, bindMigrationAwareSqlAdapterFactory(adapters));
  try {
    return await work(engine);
  } finally {
    engine.free();
    await adapters.dispose();
  }
}

/**
 * The tables Prisma's model cannot describe, which the schema engine must neither diff nor
 * drop: SQLite's FTS5 search indexes and the shadow tables each one keeps (an external-content
 * index stores no copy of the text, so it has no `_content` table). Their migrations are
 * written by hand (see prisma/migrations/*_search).
 */
const SEARCH_TABLES = ['StatementSearch', 'PersonNameSearch', 'PersonAliasSearch'].flatMap((table) =>
  ['', '_data', '_idx', '_docsize', '_config'].map((suffix) => `${table}${suffix}`),
);

/** What the schema engine leaves alone on an engine. PostgreSQL's search indexes are GIN indexes, which it does not diff. */
export function schemaFilters(provider: Provider): { externalTables: string[]; externalEnums: string[] } {
  return { externalTables: provider === 'sqlite' ? SEARCH_TABLES : [], externalEnums: [] };
}
