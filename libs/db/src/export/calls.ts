import type { Database } from '../client';
import { dateRange, globalId, inBatches, type ExportFilter, type ExportRow } from './batches';

/** One row per call: day, time, medium, status, who took part and who placed it, and the articles that report it. */
export function exportCalls(db: Database, filter: ExportFilter): AsyncGenerator<ExportRow[]> {
  const date = dateRange(filter);
  return inBatches(
    (afterId, take) =>
      db.event.findMany({
        where: { id: { gt: afterId }, kind: 'CALL', ...(date ? { date } : {}), ...(filter.personId ? { participants: { some: { id: filter.personId } } } : {}) },
        orderBy: { id: 'asc' },
        take,
        select: {
          id: true,
          date: true,
          time: true,
          medium: true,
          status: true,
          location: true,
          initiator: { select: { name: true } },
          participants: { select: { name: true }, orderBy: { name: 'asc' } },
          articles: { select: { url: true, id: true }, orderBy: { id: 'asc' } },
        },
      }),
    (call) => ({
      id: globalId('Call', call.id),
      date: call.date,
      time: call.time,
      medium: call.medium,
      status: call.status,
      participants: call.participants.map((person) => person.name),
      initiator: call.initiator?.name ?? null,
      location: call.location,
      articles: call.articles.map((article) => globalId('Article', article.id)),
      articleUrls: call.articles.flatMap((article) => (article.url ? [article.url] : [])),
    }),
  );
}
