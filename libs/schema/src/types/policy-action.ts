import { getDatabase, type Prisma } from '@parley/db';
import { slugify } from '@parley/domain';
import { builder } from '../builder';
import { DateRangeInput, dateRangeFilter, findPersonId, PersonSelectorInput } from '../inputs';
import { articleOrder, policyActionOrder, statementOrder } from '../ordering';
import { PolicyActionKindEnum, PolicyActionStatusEnum, SortOrderEnum } from './enums';

builder.prismaNode('PolicyAction', {
  id: { field: 'id' },
  nullable: true,
  description: 'A tariff, a retaliation, an exemption, a delay or a negotiation, with who announced it and what it answers.',
  fields: (t) => ({
    kind: t.expose('kind', { type: PolicyActionKindEnum }),
    status: t.expose('status', { type: PolicyActionStatusEnum }),
    target: t.exposeString('target', { nullable: true, description: 'What it applies to ("vehicles made outside the U.S.").' }),
    ratePercent: t.exposeFloat('ratePercent', { nullable: true }),
    effectiveDate: t.expose('effectiveDate', { type: 'Date', nullable: true }),
    summary: t.exposeString('summary', { nullable: true }),
    actors: t.relation('actors', { description: 'The countries taking the action.', query: { orderBy: { name: 'asc' } } }),
    announcedBy: t.relation('announcedBy', { nullable: true }),
    participants: t.relation('participantPeople', { description: 'For negotiations: the people taking part.', query: { orderBy: { name: 'asc' } } }),
    participantCountries: t.relation('participantCountries', { description: 'For negotiations: the countries taking part.', query: { orderBy: { name: 'asc' } } }),
    inResponseTo: t.relation('inResponseTo', { nullable: true, description: 'The action this one answers (a retaliation answers a tariff).' }),
    responses: t.relatedConnection('responses', {
      cursor: 'id',
      totalCount: true,
      description: 'The actions that answer this one.',
      query: { orderBy: policyActionOrder('asc') },
    }),
    statements: t.relatedConnection('statements', {
      cursor: 'id',
      totalCount: true,
      description: 'What was said about the action.',
      query: { orderBy: statementOrder('desc') },
    }),
    articles: t.relatedConnection('articles', {
      cursor: 'id',
      totalCount: true,
      description: 'The articles that report it.',
      query: { orderBy: articleOrder('desc') },
    }),
  }),
});

const PolicyActionFilterInput = builder.inputType('PolicyActionFilter', {
  fields: (t) => ({
    kind: t.field({ type: PolicyActionKindEnum }),
    status: t.field({ type: PolicyActionStatusEnum }),
    actor: t.string({ description: 'Only actions taken by this country (name or slug).' }),
    announcedBy: t.field({ type: PersonSelectorInput }),
    effective: t.field({ type: DateRangeInput, description: 'Only actions taking effect on these days.' }),
  }),
});

async function policyActionWhere(filter: typeof PolicyActionFilterInput.$inferInput | null | undefined): Promise<Prisma.PolicyActionWhereInput> {
  if (!filter) return {};
  const where: Prisma.PolicyActionWhereInput = {};
  if (filter.kind) where.kind = filter.kind;
  if (filter.status) where.status = filter.status;
  if (filter.actor) where.actors = { some: { slug: slugify(filter.actor) } };
  if (filter.announcedBy) {
    const personId = await findPersonId(filter.announcedBy, 'filter.announcedBy');
    if (personId === null) return { id: { in: [] } };
    where.announcedById = personId;
  }
  const effective = dateRangeFilter(filter.effective, 'filter.effective');
  if (effective) where.effectiveDate = effective;
  return where;
}

builder.queryField('policyActions', (t) =>
  t.prismaConnection({
    type: 'PolicyAction',
    cursor: 'id',
    description: 'Tariffs, retaliations, exemptions, delays and negotiations, by effective date, newest first unless ordered otherwise.',
    args: { filter: t.arg({ type: PolicyActionFilterInput }), order: t.arg({ type: SortOrderEnum, required: true, defaultValue: 'desc' }) },
    totalCount: async (_parent, args) => getDatabase().policyAction.count({ where: await policyActionWhere(args.filter) }),
    resolve: async (query, _root, args) =>
      getDatabase().policyAction.findMany({ ...query, where: await policyActionWhere(args.filter), orderBy: policyActionOrder(args.order) }),
  }),
);

builder.prismaObjectField('Person', 'announcedActions', (t) =>
  t.relatedConnection('announcedActions', {
    cursor: 'id',
    totalCount: true,
    description: 'The policy actions the person announced.',
    query: { orderBy: policyActionOrder('desc') },
  }),
);
