import type { Database } from '../client';
import { globalId, inBatches, type ExportFilter, type ExportRow } from './batches';

/** One row per person: name, kind, the names articles use for them and their roles. */
export function exportPeople(db: Database, filter: ExportFilter): AsyncGenerator<ExportRow[]> {
  return inBatches(
    (afterId, take) =>
      db.person.findMany({
        where: { id: filter.personId ? { equals: filter.personId, gt: afterId } : { gt: afterId } },
        orderBy: { id: 'asc' },
        take,
        select: {
          id: true,
          slug: true,
          name: true,
          kind: true,
          aliases: { where: { descriptive: false }, select: { alias: true }, orderBy: { id: 'asc' } },
          roles: { select: { title: true, current: true, since: true, until: true, country: { select: { name: true } }, organisation: { select: { name: true } } }, orderBy: { id: 'asc' } },
        },
      }),
    (person) => ({
      id: globalId('Person', person.id),
      slug: person.slug,
      name: person.name,
      kind: person.kind,
      aliases: person.aliases.map((alias) => alias.alias),
      roles: person.roles.map((role) => {
        const of = role.organisation?.name ?? role.country?.name;
        const span = role.since || role.until ? ` (${role.since ?? ''}–${role.until ?? (role.current ? '' : '?')})` : '';
        return `${role.current ? '' : 'former '}${role.title}${of ? ` of ${of}` : ''}${span}`;
      }),
    }),
  );
}
