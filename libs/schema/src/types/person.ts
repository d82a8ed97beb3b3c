import { LEADER_ROLE_KINDS, nameKey, slugify, toStoredValue } from '@parley/domain';
import { getDatabase, searchPeople, type Prisma, type RoleKind } from '@parley/db';
import { builder } from '../builder';
import { badInput, checkedSearchWords, findPersonId } from '../inputs';
import { badArgument } from '../pagination';
import { PersonKindEnum, RoleKindEnum } from './enums';

const LEADER_KINDS = LEADER_ROLE_KINDS.map((kind) => toStoredValue(kind)) as RoleKind[];

export const PersonRef = builder.prismaNode('Person', {
  id: { field: 'id' },
  nullable: true,
  description: 'A person in the news, or a speaker that is not one person (an institution, an anonymous source, a group).',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Canonical full name, e.g. "Mark Carney".' }),
    slug: t.exposeString('slug', { description: 'Unique URL-safe name, e.g. "mark-carney".' }),
    kind: t.expose('kind', { type: PersonKindEnum }),
    aliases: t.stringList({
      description: 'Every way articles refer to the person: "Trump", "U.S. President Donald Trump", "the president".',
      select: { aliases: { select: { alias: true }, orderBy: { id: 'asc' } } },
      resolve: (person) => person.aliases.map((alias) => alias.alias),
    }),
    roles: t.relation('roles', {
      description: 'Roles over time, current ones first.',
      args: { current: t.arg.boolean({ description: 'Only current (true) or only former (false) roles.' }) },
      query: (args) => ({
        where: args.current === null || args.current === undefined ? {} : { current: args.current },
        orderBy: [{ current: 'desc' }, { since: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
      }),
    }),
    isLeader: t.boolean({
      description: 'Holds or held a head-of-state, head-of-government or minister role.',
      select: { roles: { where: { kind: { in: LEADER_KINDS } }, select: { id: true }, take: 1 } },
      resolve: (person) => person.roles.length > 0,
    }),
  }),
});

export const RoleRef = builder.prismaObject('Role', {
  description: 'A role held over time: Prime Minister of Canada since 2025-03-14.',
  fields: (t) => ({
    title: t.exposeString('title'),
    kind: t.expose('kind', { type: RoleKindEnum }),
    of: t.string({
      nullable: true,
      description: 'The country or organisation the role belongs to, by name.',
      select: { country: { select: { name: true } }, organisation: { select: { name: true } } },
      resolve: (role) => role.country?.name ?? role.organisation?.name ?? null,
    }),
    country: t.relation('country', { nullable: true }),
    organisation: t.relation('organisation', { nullable: true }),
    since: t.expose('since', { type: 'Date', nullable: true }),
    until: t.expose('until', { type: 'Date', nullable: true }),
    current: t.exposeBoolean('current'),
  }),
});

const PersonFilterInput = builder.inputType('PersonFilter', {
  fields: (t) => ({
    name: t.string({ description: 'Part of the name or of any alias, in any case ("trump", "Prime Minister").' }),
    country: t.string({ description: 'Holds or held a role of this country (name or slug).' }),
    role: t.field({ type: RoleKindEnum, description: 'Holds or held a role of this kind.' }),
    title: t.string({ description: 'Holds or held a role with this title ("Prime Minister").' }),
    current: t.boolean({ description: 'With `country`, `role` or `title`: only roles held now (true) or only former ones (false).' }),
    kind: t.field({ type: PersonKindEnum }),
    search: t.string({
      description:
        'Full-text search of names and aliases: only people whose name or one alias holds every word in any form ("prime ministers" finds "Prime Minister Mark Carney"), most relevant first instead of by name. Words only, never query syntax, as in `statements(filter: { search })`.',
    }),
  }),
});

type PersonFilter = typeof PersonFilterInput.$inferInput;

function personWhere(filter: PersonFilter | null | undefined, leaderKinds?: RoleKind[]): Prisma.PersonWhereInput {
  const and: Prisma.PersonWhereInput[] = [];
  if (filter?.name) {
    const key = nameKey(filter.name);
    and.push({ OR: [{ nameKey: { contains: key } }, { aliases: { some: { key: { contains: key } } } }] });
  }
  if (filter?.kind) and.push({ kind: filter.kind });
  const role: Prisma.RoleWhereInput = {};
  if (leaderKinds) role.kind = { in: filter?.role ? [filter.role] : leaderKinds };
  else if (filter?.role) role.kind = filter.role;
  if (filter?.title) role.title = { equals: filter.title.trim() };
  if (filter?.country) role.country = { slug: slugify(filter.country) };
  if (filter?.current !== null && filter?.current !== undefined) role.current = filter.current;
  if (Object.keys(role).length > 0) and.push({ roles: { some: role } });
  return { AND: and };
}

builder.queryFields((t) => ({
  person: t.prismaField({
    type: 'Person',
    nullable: true,
    description: 'One person by exactly one of: global ID, slug, or a name or alias ("Trump" finds Donald Trump). Null when nobody matches.',
    args: { id: t.arg.id(), slug: t.arg.string(), name: t.arg.string() },
    resolve: async (query, _root, args) => {
      const id = await findPersonId(args, 'person');
      // Nobody matches: looking up row 0 answers null through the planned selection, so a
      // person's relations can be asked for an unknown slug without an unused-query error.
      return getDatabase().person.findUnique({ ...query, where: { id: id ?? 0 } });
    },
  }),
  people: peopleConnection(t, 'Everyone in the graph, by name.', (filter) => personWhere(filter)),
  leaders: peopleConnection(t, 'People who hold or held a head-of-state, head-of-government or minister role, by name.', leaderWhere),
}));

function leaderWhere(filter: PersonFilter | null | undefined): Prisma.PersonWhereInput {
  if (filter?.role && !LEADER_KINDS.includes(filter.role)) {
    throw badInput('filter.role', `leaders hold ${LEADER_KINDS.join(', ')} roles; use people(filter: { role: ${filter.role} }) for others`);
  }
  return personWhere(filter, LEADER_KINDS);
}

builder.prismaObjectField('Person', 'counterparts', (t) =>
  t.prismaConnection({
    type: PersonRef,
    cursor: 'id',
    description: 'The people this person had calls with, by name.',
    totalCount: (person) => getDatabase().person.count({ where: counterpartsOf(person.id) }),
    resolve: (query, person) =>
      getDatabase().person.findMany({ ...query, where: counterpartsOf(person.id), orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
  }),
);

function counterpartsOf(personId: number): Prisma.PersonWhereInput {
  return { id: { not: personId }, events: { some: { kind: 'CALL', participants: { some: { id: personId } } } } };
}

function peopleConnection(
  t: PothosSchemaTypes.QueryFieldBuilder<typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never, object>,
  description: string,
  where: (filter: PersonFilter | null | undefined) => Prisma.PersonWhereInput,
) {
  return t.prismaConnection({
    type: 'Person',
    cursor: 'id',
    description: `${description} With \`filter.search\`, most relevant first.`,
    args: { filter: t.arg({ type: PersonFilterInput }) },
    totalCount: async (_parent, args) => {
      const ranked = await rankedPeople(args.filter, where);
      return ranked ? ranked.length : getDatabase().person.count({ where: where(args.filter) });
    },
    resolve: async (query, _root, args) => {
      const ranked = await rankedPeople(args.filter, where);
      if (!ranked) return getDatabase().person.findMany({ ...query, where: where(args.filter), orderBy: [{ name: 'asc' }, { id: 'asc' }] });
      const { take, skip, cursor, ...selection } = query;
      const ids = pageOfRanked(ranked, { take, skip, cursor }, args.after ? 'after' : 'before');
      const people = await getDatabase().person.findMany({ ...selection, where: { id: { in: ids } } });
      const position = new Map(ids.map((id, index) => [id, index]));
      return people.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
    },
  });
}

/** With `filter.search`, the ids of the people the filter admits, most relevant first; null without it. */
async function rankedPeople(filter: PersonFilter | null | undefined, where: (filter: PersonFilter | null | undefined) => Prisma.PersonWhereInput): Promise<number[] | null> {
  if (filter?.search === null || filter?.search === undefined) return null;
  const words = checkedSearchWords(filter.search, 'filter.search');
  const db = getDatabase();
  const condition = where(filter);
  const matches = (await searchPeople(db, words)).map((match) => match.id);
  if (Array.isArray(condition.AND) && condition.AND.length === 0) return matches;
  // The people the other conditions admit, by id: no list of the matches goes back as parameters.
  const admitted = await db.person.findMany({ where: condition, select: { id: true } });
  const admittedIds = new Set(admitted.map((person) => person.id));
  return matches.filter((id) => admittedIds.has(id));
}

/**
 * The ids of one page of a ranked list, as Prisma would page a table in that order: `take`
 * rows from the cursor (backwards when negative), skipping the cursor row itself. A cursor not
 * in the list belongs to another search or filter, and is refused.
 */
function pageOfRanked(ids: number[], page: { take?: number; skip?: number; cursor?: { id?: unknown } }, argument: string): number[] {
  const take = page.take ?? ids.length;
  const skip = page.skip ?? 0;
  let at: number | null = null;
  if (page.cursor) {
    at = ids.indexOf(Number(page.cursor.id));
    if (at < 0) throw badArgument(argument, 'is not a cursor of this search: pass the "cursor" of one of its edges, or leave it out to start from the first page.');
  }
  if (take >= 0) {
    const first = (at ?? 0) + skip;
    return ids.slice(first, first + take);
  }
  const end = at === null ? ids.length : at + 1 - skip;
  return ids.slice(Math.max(0, end + take), end);
}
