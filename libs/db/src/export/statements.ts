import type { Database } from '../client';
import { dateRange, globalId, inBatches, type ExportFilter, type ExportRow } from './batches';

/** One row per quotation: the statement, its speaker, channel and day, and where the article has it. */
export function exportStatements(db: Database, filter: ExportFilter): AsyncGenerator<ExportRow[]> {
  const saidOn = dateRange(filter);
  const statement = { ...(filter.personId ? { speakerId: filter.personId } : {}), ...(saidOn ? { saidOn } : {}) };
  return inBatches(
    (afterId, take) =>
      db.statementSource.findMany({
        where: { id: { gt: afterId }, ...(Object.keys(statement).length ? { statement } : {}) },
        orderBy: { id: 'asc' },
        take,
        select: {
          id: true,
          start: true,
          end: true,
          statement: { select: { id: true, text: true, kind: true, channel: true, saidOn: true, speaker: { select: { name: true } } } },
          article: { select: { id: true, url: true, publishedOn: true } },
        },
      }),
    (source) => ({
      id: globalId('Statement', source.statement.id),
      date: source.statement.saidOn,
      speaker: source.statement.speaker?.name ?? null,
      channel: source.statement.channel,
      kind: source.statement.kind,
      text: source.statement.text,
      article: globalId('Article', source.article.id),
      articleUrl: source.article.url,
      publishedOn: source.article.publishedOn,
      spanStart: source.start,
      spanEnd: source.end,
    }),
  );
}
