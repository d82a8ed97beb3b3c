import type { Database } from '../client';
import { Prisma } from '../generated/prisma/client';
import { globalId, inBatches, linkedValues, type ExportFilter, type ExportRow } from './batches';

interface PersonRecord {
  id: number;
  slug: string;
  name: string;
  kind: string;
}

/** One row per person: name, kind, the names articles use for them and their roles. */
export function exportPeople(db: Database, filter: ExportFilter): AsyncGenerator<ExportRow[]> {
  const only = filter.personId ? Prisma.sql`AND "id" = ${filter.personId}` : Prisma.empty;
  return inBatches(
    (afterId, take) => db.$queryRaw<PersonRecord[]>`SELECT "id", "slug", "name", "kind" FROM "Person" WHERE "id" > ${afterId} ${only} ORDER BY "id" LIMIT ${take}`,
    async (people) => {
      const ids = people.map((person) => Number(person.id));
      const aliases = await linkedValues(db, ids, (list) => Prisma.sql`SELECT "personId" AS "owner", "alias" AS "value" FROM "PersonAlias" WHERE "descriptive" = false AND "personId" IN (${list}) ORDER BY "id"`);
      const roles = await linkedValues(
        db,
        ids,
        (list) => Prisma.sql`
          SELECT r."personId" AS "owner",
                 CASE WHEN r."current" THEN '' ELSE 'former ' END || r."title"
                 || COALESCE(' of ' || COALESCE(o."name", c."name"), '')
                 || CASE WHEN r."since" IS NULL AND r."until" IS NULL THEN '' ELSE ' (' || COALESCE(r."since", '') || '–' || COALESCE(r."until", '') || ')' END AS "value"
          FROM "Role" r LEFT JOIN "Organisation" o ON o."id" = r."organisationId" LEFT JOIN "Country" c ON c."id" = r."countryId"
          WHERE r."personId" IN (${list}) ORDER BY r."id"`,
      );
      return people.map((person) => ({
        id: globalId('Person', person.id),
        slug: person.slug,
        name: person.name,
        kind: person.kind,
        aliases: aliases.get(Number(person.id)) ?? [],
        roles: roles.get(Number(person.id)) ?? [],
      }));
    },
  );
}
