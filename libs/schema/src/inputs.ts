import { findPersonByName, getDatabase } from '@parley/db';
import { searchWords } from '@parley/domain';
import { GraphQLError } from 'graphql';
import { builder } from './builder';
import { parseGlobalId } from './global-ids';

export function badInput(argument: string, problem: string): GraphQLError {
  return new GraphQLError(`${argument}: ${problem}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

/** The words of a full-text search, or an error naming the argument and what is wrong with the text. */
export function checkedSearchWords(text: string, argument: string): string[] {
  const words = searchWords(text);
  if ('problem' in words) throw badInput(argument, words.problem);
  return words.words;
}

export const DateRangeInput = builder.inputType('DateRange', {
  description: 'Days from `from` to `to`, both included; either end may be left open.',
  fields: (t) => ({
    from: t.field({ type: 'Date' }),
    to: t.field({ type: 'Date' }),
  }),
});

type DateRange = { from?: Date | null; to?: Date | null } | null | undefined;

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** A `DateRange` as a filter on an ISO date column; an inverted range is refused. */
export function dateRangeFilter(range: DateRange, argument: string): { gte?: string; lte?: string } | undefined {
  if (!range || (!range.from && !range.to)) return undefined;
  const from = range.from ? isoDay(range.from) : undefined;
  const to = range.to ? isoDay(range.to) : undefined;
  if (from && to && from > to) throw badInput(argument, `"from" (${from}) is after "to" (${to})`);
  return { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) };
}

export const PersonSelectorInput = builder.inputType('PersonSelector', {
  description: 'One person, by exactly one of: global ID, slug, or a name or alias as articles write it ("Trump", "the Prime Minister").',
  fields: (t) => ({
    id: t.id(),
    slug: t.string(),
    name: t.string(),
  }),
});

type PersonSelector = { id?: string | number | null; slug?: string | null; name?: string | null };

/**
 * The database id of the person a selector names, or null when nobody matches. A
 * selector that names no one, or more than one way, or a name that fits several people,
 * is an error naming the argument.
 */
export async function findPersonId(selector: PersonSelector, argument: string): Promise<number | null> {
  const given = (['id', 'slug', 'name'] as const).filter((key) => selector[key] !== null && selector[key] !== undefined);
  if (given.length !== 1) throw badInput(argument, 'give exactly one of id, slug or name');
  const db = getDatabase();
  if (selector.id !== null && selector.id !== undefined) return personIdFromGlobalId(String(selector.id), `${argument}.id`);
  if (selector.slug) return (await db.person.findUnique({ where: { slug: selector.slug }, select: { id: true } }))?.id ?? null;
  const match = await findPersonByName(db, selector.name ?? '');
  if (match.kind === 'ambiguous') {
    throw badInput(`${argument}.name`, `"${selector.name}" could be ${match.names.join(', ')}; use a fuller name or a slug`);
  }
  return match.kind === 'found' ? match.personId : null;
}

/** The row id inside a global ID of the given type; a malformed or foreign ID is an error. */
export function idFromGlobalId(globalId: string, typenames: readonly string[], argument: string): number {
  const decoded = parseGlobalId(globalId);
  if (!decoded) throw badInput(argument, `"${globalId}" is not a Parley ID`);
  if (!typenames.includes(decoded.typename)) throw badInput(argument, `"${globalId}" is not the ID of a ${typenames.join(' or ')}`);
  return decoded.id;
}

export function personIdFromGlobalId(globalId: string, argument: string): number {
  return idFromGlobalId(globalId, ['Person'], argument);
}
