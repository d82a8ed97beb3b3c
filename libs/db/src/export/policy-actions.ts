import type { Database } from '../client';
import { dateRange, globalId, inBatches, type ExportFilter, type ExportRow } from './batches';

/** One row per policy action: kind, status, rate, target, the day it takes effect, who acts and what it answers. */
export function exportPolicyActions(db: Database, filter: ExportFilter): AsyncGenerator<ExportRow[]> {
  const effectiveDate = dateRange(filter);
  return inBatches(
    (afterId, take) =>
      db.policyAction.findMany({
        where: { id: { gt: afterId }, ...(effectiveDate ? { effectiveDate } : {}), ...(filter.personId ? { announcedById: filter.personId } : {}) },
        orderBy: { id: 'asc' },
        take,
        select: {
          id: true,
          kind: true,
          status: true,
          ratePercent: true,
          target: true,
          effectiveDate: true,
          inResponseToId: true,
          actors: { select: { name: true }, orderBy: { name: 'asc' } },
          announcedBy: { select: { name: true } },
          articles: { select: { url: true, id: true }, orderBy: { id: 'asc' } },
        },
      }),
    (action) => ({
      id: globalId('PolicyAction', action.id),
      kind: action.kind,
      status: action.status,
      ratePercent: action.ratePercent,
      target: action.target,
      effectiveDate: action.effectiveDate,
      actors: action.actors.map((country) => country.name),
      announcedBy: action.announcedBy?.name ?? null,
      inResponseTo: action.inResponseToId === null ? null : globalId('PolicyAction', action.inResponseToId),
      articles: action.articles.map((article) => globalId('Article', article.id)),
      articleUrls: action.articles.flatMap((article) => (article.url ? [article.url] : [])),
    }),
  );
}
