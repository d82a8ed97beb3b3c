import type { Database } from '../client';
import { Prisma } from '../generated/prisma/client';
import { articleSources, dateRangeSql, globalId, inBatches, linkedValues, type ExportFilter, type ExportRow } from './batches';

interface ActionRecord {
  id: number;
  kind: string;
  status: string;
  ratePercent: number | null;
  target: string | null;
  effectiveDate: string | null;
  inResponseToId: number | null;
  announcedBy: string | null;
}

/** One row per policy action: kind, status, rate, target, the day it takes effect, who acts and what it answers. */
export function exportPolicyActions(db: Database, filter: ExportFilter): AsyncGenerator<ExportRow[]> {
  const announcer = filter.personId ? Prisma.sql`AND x."announcedById" = ${filter.personId}` : Prisma.empty;
  const effective = dateRangeSql(Prisma.sql`x."effectiveDate"`, filter);
  return inBatches(
    (afterId, take) => db.$queryRaw<ActionRecord[]>`
      SELECT x."id", x."kind", x."status", x."ratePercent", x."target", x."effectiveDate", x."inResponseToId", p."name" AS "announcedBy"
      FROM "PolicyAction" x LEFT JOIN "Person" p ON p."id" = x."announcedById"
      WHERE x."id" > ${afterId} ${announcer} ${effective}
      ORDER BY x."id"
      LIMIT ${take}`,
    async (actions) => {
      const ids = actions.map((action) => Number(action.id));
      const actors = await linkedValues(db, ids, (list) => Prisma.sql`SELECT j."B" AS "owner", c."name" AS "value" FROM "_PolicyActionActors" j JOIN "Country" c ON c."id" = j."A" WHERE j."B" IN (${list}) ORDER BY c."name"`);
      const sources = await articleSources(db, ids, '_PolicyActionSources');
      return actions.map((action) => ({
        id: globalId('PolicyAction', action.id),
        kind: action.kind,
        status: action.status,
        ratePercent: action.ratePercent === null ? null : Number(action.ratePercent),
        target: action.target,
        effectiveDate: action.effectiveDate,
        actors: actors.get(Number(action.id)) ?? [],
        announcedBy: action.announcedBy,
        inResponseTo: action.inResponseToId === null ? null : globalId('PolicyAction', action.inResponseToId),
        articles: sources.get(Number(action.id))?.articles ?? [],
        articleUrls: sources.get(Number(action.id))?.urls ?? [],
      }));
    },
  );
}
