import type { Database } from '../client';
import { Prisma } from '../generated/prisma/client';
import { dateRangeSql, globalId, inBatches, type ExportFilter, type ExportRow } from './batches';

interface QuoteRecord {
  id: number;
  start: number;
  end: number;
  statementId: number;
  text: string;
  kind: string;
  channel: string;
  saidOn: string | null;
  speaker: string | null;
  articleId: number;
  url: string | null;
  publishedOn: string;
}

/** One row per quotation: the statement, its speaker, channel and day, and where the article has it. */
export function exportStatements(db: Database, filter: ExportFilter): AsyncGenerator<ExportRow[]> {
  const speaker = filter.personId ? Prisma.sql`AND s."speakerId" = ${filter.personId}` : Prisma.empty;
  const saidOn = dateRangeSql(Prisma.sql`s."saidOn"`, filter);
  return inBatches(
    (afterId, take) => db.$queryRaw<QuoteRecord[]>`
      SELECT q."id", q."start", q."end", s."id" AS "statementId", s."text", s."kind", s."channel", s."saidOn",
             p."name" AS "speaker", a."id" AS "articleId", a."url", a."publishedOn"
      FROM "StatementSource" q
      JOIN "Statement" s ON s."id" = q."statementId"
      LEFT JOIN "Person" p ON p."id" = s."speakerId"
      JOIN "Article" a ON a."id" = q."articleId"
      WHERE q."id" > ${afterId} ${speaker} ${saidOn}
      ORDER BY q."id"
      LIMIT ${take}`,
    (quotes) =>
      quotes.map((quote) => ({
      id: globalId('Statement', quote.statementId),
      date: quote.saidOn,
      speaker: quote.speaker,
      channel: quote.channel,
      kind: quote.kind,
      text: quote.text,
      article: globalId('Article', quote.articleId),
      articleUrl: quote.url,
      publishedOn: quote.publishedOn,
      spanStart: Number(quote.start),
      spanEnd: Number(quote.end),
      })),
  );
}
