import type { Database } from '../client';
import { Prisma } from '../generated/prisma/client';

/** A flat record of one exported fact: the columns of a CSV row, the fields of a JSON line. */
export type ExportRow = Record<string, string | number | null | string[] | number[]>;

/** What narrows an export: a person (as speaker, participant or announcer) and a date range. */
export interface ExportFilter {
  personId?: number | null;
  from?: string | null;
  to?: string | null;
}

export const EXPORT_BATCH_SIZE = 1000;

/** The API's global ID of a node, as `node(id:)` takes it. */
export function globalId(type: string, id: number | bigint): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64');
}

/** `AND column BETWEEN …` for the filter's days, or nothing. */
export function dateRangeSql(column: Prisma.Sql, filter: ExportFilter): Prisma.Sql {
  const from = filter.from ? Prisma.sql`AND ${column} >= ${filter.from}` : Prisma.empty;
  const to = filter.to ? Prisma.sql`AND ${column} <= ${filter.to}` : Prisma.empty;
  return Prisma.sql`${from} ${to}`;
}

/** Names linked to each of a batch's ids through a join table, in name order: participants, actors, sources. */
export async function linkedValues(db: Database, ids: number[], query: (ids: Prisma.Sql) => Prisma.Sql): Promise<Map<number, string[]>> {
  const linked = new Map<number, string[]>();
  if (ids.length === 0) return linked;
  const rows = await db.$queryRaw<Array<{ owner: number; value: string | number | null }>>(query(Prisma.join(ids)));
  for (const row of rows) {
    if (row.value === null) continue;
    const owner = Number(row.owner);
    linked.set(owner, [...(linked.get(owner) ?? []), String(row.value)]);
  }
  return linked;
}

/**
 * Reads a table in id order a batch at a time (keyset pagination), so an export of any
 * size holds one batch in memory.
 */
export async function* inBatches<T extends { id: number | bigint }, R>(read: (afterId: number, take: number) => Promise<T[]>, toRows: (records: T[]) => R[] | Promise<R[]>, batchSize = EXPORT_BATCH_SIZE): AsyncGenerator<R[]> {
  let afterId = 0;
  for (;;) {
    const records = await read(afterId, batchSize);
    if (records.length === 0) return;
    yield await toRows(records);
    afterId = Number((records[records.length - 1] as T).id);
    if (records.length < batchSize) return;
  }
}

export type Exporter = (db: Database, filter: ExportFilter) => AsyncGenerator<ExportRow[]>;

/** The articles that report each of a batch's facts, through the fact's sources table: their global IDs and URLs. */
export async function articleSources(db: Database, ids: number[], sourcesTable: '_EventSources' | '_PolicyActionSources'): Promise<Map<number, { articles: string[]; urls: string[] }>> {
  const sources = new Map<number, { articles: string[]; urls: string[] }>();
  if (ids.length === 0) return sources;
  const rows = await db.$queryRaw<Array<{ owner: number; articleId: number; url: string | null }>>`
    SELECT j."B" AS "owner", a."id" AS "articleId", a."url" FROM ${Prisma.raw(`"${sourcesTable}"`)} j JOIN "Article" a ON a."id" = j."A"
    WHERE j."B" IN (${Prisma.join(ids)}) ORDER BY a."id"`;
  for (const row of rows) {
    const owner = Number(row.owner);
    const entry = sources.get(owner) ?? { articles: [], urls: [] };
    entry.articles.push(globalId('Article', row.articleId));
    if (row.url) entry.urls.push(row.url);
    sources.set(owner, entry);
  }
  return sources;
}
