import { nameKey, surname, withoutLeadingArticle } from '@parley/domain';
import type { Database } from '../client';

export type NameMatch = { kind: 'found'; personId: number } | { kind: 'ambiguous'; names: string[] } | { kind: 'none' };

async function distinctPeople(db: Database, personIds: number[]): Promise<NameMatch> {
  const ids = [...new Set(personIds)];
  if (ids.length === 0) return { kind: 'none' };
  if (ids.length === 1 && ids[0] !== undefined) return { kind: 'found', personId: ids[0] };
  const people = await db.person.findMany({ where: { id: { in: ids } }, select: { name: true }, orderBy: { name: 'asc' } });
  return { kind: 'ambiguous', names: people.map((person) => person.name) };
}

/**
 * The person a name or alias refers to, as a reader would take it: the canonical name
 * first ("Mark Carney"), then an alias that names them ("Trump", "Prime Minister Mark
 * Carney"), then a description only one person answers to ("the president"), then the
 * surname of a longer form ("President Donald J. Trump"). Several people answering at the
 * same step make the name ambiguous.
 */
export async function findPersonByName(db: Database, name: string): Promise<NameMatch> {
  const key = nameKey(name);
  if (!key) return { kind: 'none' };
  const keys = [...new Set([key, nameKey(withoutLeadingArticle(name))])];

  const byName = await db.person.findMany({ where: { nameKey: { in: keys } }, select: { id: true } });
  if (byName.length > 0) return distinctPeople(db, byName.map((person) => person.id));

  for (const descriptive of [false, true]) {
    const aliases = await db.personAlias.findMany({ where: { key: { in: keys }, descriptive }, select: { personId: true } });
    if (aliases.length > 0) return distinctPeople(db, aliases.map((alias) => alias.personId));
  }

  const last = nameKey(surname(name));
  if (last !== key) {
    const bySurname = await db.personAlias.findMany({ where: { key: last, descriptive: false }, select: { personId: true } });
    const match = await distinctPeople(db, bySurname.map((alias) => alias.personId));
    if (match.kind === 'found') return match;
  }
  return { kind: 'none' };
}
