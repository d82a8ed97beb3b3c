import type { Database } from '../client';
import { Prisma } from '../generated/prisma/client';
import { articleSources, dateRangeSql, globalId, inBatches, linkedValues, type ExportFilter, type ExportRow } from './batches';

interface CallRecord {
  id: number;
  date: string | null;
  time: string | null;
  medium: string | null;
  status: string;
  location: string | null;
  initiator: string | null;
}

/** One row per call: day, time, medium, status, who took part and who placed it, and the articles that report it. */
export function exportCalls(db: Database, filter: ExportFilter): AsyncGenerator<ExportRow[]> {
  const participant = filter.personId ? Prisma.sql`AND e."id" IN (SELECT "A" FROM "_EventParticipants" WHERE "B" = ${filter.personId})` : Prisma.empty;
  const date = dateRangeSql(Prisma.sql`e."date"`, filter);
  return inBatches(
    (afterId, take) => db.$queryRaw<CallRecord[]>`
      SELECT e."id", e."date", e."time", e."medium", e."status", e."location", p."name" AS "initiator"
      FROM "Event" e LEFT JOIN "Person" p ON p."id" = e."initiatorId"
      WHERE e."kind" = 'CALL' AND e."id" > ${afterId} ${participant} ${date}
      ORDER BY e."id"
      LIMIT ${take}`,
    async (calls) => {
      const ids = calls.map((call) => Number(call.id));
      const participants = await linkedValues(db, ids, (list) => Prisma.sql`SELECT j."A" AS "owner", p."name" AS "value" FROM "_EventParticipants" j JOIN "Person" p ON p."id" = j."B" WHERE j."A" IN (${list}) ORDER BY p."name"`);
      const sources = await articleSources(db, ids, '_EventSources');
      return calls.map((call) => ({
        id: globalId('Call', call.id),
        date: call.date,
        time: call.time,
        medium: call.medium,
        status: call.status,
        participants: participants.get(Number(call.id)) ?? [],
        initiator: call.initiator,
        location: call.location,
        articles: sources.get(Number(call.id))?.articles ?? [],
        articleUrls: sources.get(Number(call.id))?.urls ?? [],
      }));
    },
  );
}
