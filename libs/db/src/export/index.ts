import { exportCalls } from './calls';
import { exportPeople } from './people';
import { exportPolicyActions } from './policy-actions';
import { exportStatements } from './statements';
import type { Exporter } from './batches';

export { EXPORT_BATCH_SIZE, globalId, type ExportFilter, type ExportRow, type Exporter } from './batches';

/** What `parley export` can write, each read a batch at a time. */
export const EXPORTERS = {
  statements: exportStatements,
  calls: exportCalls,
  people: exportPeople,
  actions: exportPolicyActions,
} satisfies Record<string, Exporter>;

export type ExportKind = keyof typeof EXPORTERS;

/** The columns of each export, in order: the header of a CSV export, even one with no rows. */
export const EXPORT_COLUMNS: Record<ExportKind, readonly string[]> = {
  statements: ['id', 'date', 'speaker', 'channel', 'kind', 'text', 'article', 'articleUrl', 'publishedOn', 'spanStart', 'spanEnd'],
  calls: ['id', 'date', 'time', 'medium', 'status', 'participants', 'initiator', 'location', 'articles', 'articleUrls'],
  people: ['id', 'slug', 'name', 'kind', 'aliases', 'roles'],
  actions: ['id', 'kind', 'status', 'ratePercent', 'target', 'effectiveDate', 'actors', 'announcedBy', 'inResponseTo', 'articles', 'articleUrls'],
};
