import { getDatabase, PERSON_COLUMNS, rowsById, STATEMENT_COLUMNS, statementsOfSpeaker, type Person, type Statement } from '@parley/db';
import { builder } from '../builder';
import { nodeLoader } from '../loaders/node-loader';
import { relatedConnection, rowById } from '../loaders/related-connection';
import { ATTRIBUTION_COLUMNS, AttributionRef, attributionOf } from '../attribution';
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
    attribution: t.field({ type: AttributionRef, description: 'The words this article names the speaker with and reports the speech by.', resolve: attributionOf }),
  }),
});

export const StatementRef = builder.prismaNode('Statement', {
  id: { field: 'id' },
  nullable: true,
  ...nodeLoader(async (ids) => {
    const rows = await rowsById<Statement>(getDatabase(), 'Statement', STATEMENT_COLUMNS, ids);
    return ids.map((id) => rows.get(id) ?? null);
  }),
  description: 'Words someone said, with who said them, where, when, and the articles that quote them.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The exact words, as quoted.' }),
    kind: t.expose('kind', { type: StatementKindEnum }),
    channel: t.expose('channel', { type: ChannelEnum }),
    date: t.expose('saidOn', { type: 'Date', nullable: true, description: 'The day the words were said; null when the article does not say.' }),
    speaker: t.field({
      type: PersonRef,
      nullable: true,
      resolve: (statement, _args, context) => (statement.speakerId === null ? null : rowById<Person>(context, 'Person', PERSON_COLUMNS, statement.speakerId)),
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
    attribution: t.field({
      type: AttributionRef,
      description: 'Why the speaker is who Parley says: the words of `article` naming the speaker and reporting the speech.',
      select: { sources: { orderBy: { id: 'asc' }, take: 1, select: ATTRIBUTION_COLUMNS } },
      resolve: (statement) => {
        const first = statement.sources[0];
        if (!first) throw new Error(`Statement ${statement.id} has no source`);
        return attributionOf(first);
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

builder.prismaObjectField('Person', 'statements', (t) =>
  t.connection(
    {
      type: StatementRef,
      description: 'What the person said, newest first unless ordered otherwise.',
      args: { channel: t.arg({ type: ChannelEnum }), order: t.arg({ type: SortOrderEnum, required: true, defaultValue: 'desc' }) },
      resolve: (person, args, context, info) =>
        relatedConnection<Statement>(context, 'statementsOfSpeaker', statementsOfSpeaker(args.order, !!args.channel), person.id, args, info, args.channel ? [args.channel] : []),
    },
    { fields: (connection) => ({ totalCount: connection.int({ resolve: (page) => (page as unknown as { totalCount: number }).totalCount }) }) },
  ),
);
