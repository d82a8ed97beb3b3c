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
