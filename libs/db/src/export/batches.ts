import type { Database } from '../client';

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
export function globalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64');
}

export function dateRange(filter: ExportFilter): { gte?: string; lte?: string } | undefined {
  if (!filter.from && !filter.to) return undefined;
  return { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) };
}

/**
 * Reads a table in id order a batch at a time (keyset pagination), so an export of any
 * size holds one batch in memory.
 */
export async function* inBatches<T extends { id: number }, R>(read: (afterId: number, take: number) => Promise<T[]>, toRow: (record: T) => R, batchSize = EXPORT_BATCH_SIZE): AsyncGenerator<R[]> {
  let afterId = 0;
  for (;;) {
    const records = await read(afterId, batchSize);
    if (records.length === 0) return;
    yield records.map(toRow);
    afterId = (records[records.length - 1] as T).id;
    if (records.length < batchSize) return;
  }
}

export type Exporter = (db: Database, filter: ExportFilter) => AsyncGenerator<ExportRow[]>;
