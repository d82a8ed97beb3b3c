import { getDatabase, statementsOfSpeaker, type Person, type Prisma, type Statement } from '@parley/db';
import { builder } from '../builder';
import { badInput, DateRangeInput, dateRangeFilter, findPersonId, idFromGlobalId, PersonSelectorInput } from '../inputs';
import { relatedConnection, rowById } from '../loaders/related-connection';
import { statementOrder } from '../ordering';
import { TextSpanRef } from '../text-span';
import { ChannelEnum, SortOrderEnum, StatementKindEnum } from './enums';
import { PersonRef } from './person';

builder.prismaObject('StatementSource', {
  name: 'Quotation',
  description: 'One article quoting a statement, and where in its text.',
  fields: (t) => ({
    statement: t.relation('statement'),
    article: t.relation('article'),
    span: t.field({ type: TextSpanRef, description: 'Where the quoted words sit in this article’s text.', resolve: (source) => ({ start: source.start, end: source.end }) }),
  }),
});

export const StatementRef = builder.prismaNode('Statement', {
  id: { field: 'id' },
  nullable: true,
  description: 'Words someone said, with who said them, where, when, and the articles that quote them.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The exact words, as quoted.' }),
    kind: t.expose('kind', { type: StatementKindEnum }),
    channel: t.expose('channel', { type: ChannelEnum }),
    date: t.expose('saidOn', { type: 'Date', nullable: true, description: 'The day the words were said; null when the article does not say.' }),
    speaker: t.field({
      type: PersonRef,
      nullable: true,
      resolve: (statement, _args, context) => (statement.speakerId === null ? null : rowById<Person>(context, 'Person', statement.speakerId)),
    }),
    span: t.field({
      type: TextSpanRef,
      description: 'Where the words sit in the text of `article`.',
      select: { sources: { orderBy: { id: 'asc' }, take: 1, select: { start: true, end: true } } },
      resolve: (statement) => {
        const first = statement.sources[0];
        if (!first) throw new Error(`Statement ${statement.id} has no source`);
        return { start: first.start, end: first.end };
      },
    }),
    sources: t.relatedConnection('sources', {
      cursor: 'id',
      totalCount: true,
      description: 'Every article that quotes the statement, first one first.',
      query: { orderBy: { id: 'asc' } },
    }),
    policyActions: t.relation('policyActions', { description: 'The policy actions the statement is about.', query: { orderBy: { id: 'asc' } } }),
  }),
});

const StatementFilterInput = builder.inputType('StatementFilter', {
  fields: (t) => ({
    speaker: t.field({ type: PersonSelectorInput }),
    date: t.field({ type: DateRangeInput, description: 'Only statements said on these days.' }),
    channel: t.field({ type: ChannelEnum }),
    kind: t.field({ type: StatementKindEnum }),
    call: t.id({ description: 'Only statements about this call (its ID).' }),
    textContains: t.string({ description: 'Only statements whose words contain this text (any case).' }),
  }),
});

type StatementFilter = typeof StatementFilterInput.$inferInput;

async function statementWhere(filter: StatementFilter | null | undefined): Promise<Prisma.StatementWhereInput> {
  if (!filter) return {};
  const where: Prisma.StatementWhereInput = {};
  if (filter.speaker) {
    const speakerId = await findPersonId(filter.speaker, 'filter.speaker');
    if (speakerId === null) return { id: { in: [] } };
    where.speakerId = speakerId;
  }
  const date = dateRangeFilter(filter.date, 'filter.date');
  if (date) where.saidOn = date;
  if (filter.channel) where.channel = filter.channel;
  if (filter.kind) where.kind = filter.kind;
  if (filter.call) where.events = { some: { id: idFromGlobalId(String(filter.call), ['Call'], 'filter.call'), kind: 'CALL' } };
  if (filter.textContains !== null && filter.textContains !== undefined) {
    const needle = filter.textContains.trim();
    if (!needle) throw badInput('filter.textContains', 'is empty');
    where.text = { contains: needle };
  }
  return where;
}

builder.queryField('statements', (t) =>
  t.prismaConnection({
    type: 'Statement',
    cursor: 'id',
    description: 'What was said, newest first unless ordered otherwise.',
    args: { filter: t.arg({ type: StatementFilterInput }), order: t.arg({ type: SortOrderEnum, required: true, defaultValue: 'desc' }) },
    totalCount: async (_parent, args) => getDatabase().statement.count({ where: await statementWhere(args.filter) }),
    resolve: async (query, _root, args) =>
      getDatabase().statement.findMany({ ...query, where: await statementWhere(args.filter), orderBy: statementOrder(args.order) }),
  }),
);

builder.prismaObjectField('Person', 'statements', (t) =>
  t.connection(
    {
      type: StatementRef,
      description: 'What the person said, newest first unless ordered otherwise.',
      args: { channel: t.arg({ type: ChannelEnum }), order: t.arg({ type: SortOrderEnum, required: true, defaultValue: 'desc' }) },
      resolve: (person, args, context) =>
        relatedConnection<Statement>(context, 'statementsOfSpeaker', statementsOfSpeaker(args.order, !!args.channel), person.id, args, args.channel ? [args.channel] : []),
    },
    { fields: (connection) => ({ totalCount: connection.int({ resolve: (page) => (page as unknown as { totalCount: number }).totalCount }) }) },
  ),
);
