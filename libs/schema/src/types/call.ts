import { eventsOfPerson, getDatabase, PARTICIPANTS_OF_EVENT, statementsOfEvent, type Event, type EventKind, type Person, type Prisma, type Statement } from '@parley/db';
import { builder } from '../builder';
import { DateRangeInput, dateRangeFilter, findPersonId, PersonSelectorInput } from '../inputs';
import { relatedConnection, relatedList } from '../loaders/related-connection';
import { articleOrder, eventOrder } from '../ordering';
import { EventMediumEnum, EventStatusEnum, SortOrderEnum } from './enums';
import { PersonRef } from './person';
import { StatementRef } from './statement';

const EventFilterInput = builder.inputType('EventFilter', {
  fields: (t) => ({
    participants: t.field({
      type: [PersonSelectorInput],
      description: 'Only events that all these people took part in: one person, a pair, or more.',
    }),
    date: t.field({ type: DateRangeInput, description: 'Only events on these days (undated events are left out).' }),
    status: t.field({ type: EventStatusEnum }),
    medium: t.field({ type: EventMediumEnum }),
  }),
});

type EventFilter = typeof EventFilterInput.$inferInput;

/** Nobody matches a selector: a condition no row meets. */
const NOTHING: Prisma.EventWhereInput = { id: { in: [] } };

async function eventWhere(kind: EventKind, filter: EventFilter | null | undefined): Promise<Prisma.EventWhereInput> {
  const where: Prisma.EventWhereInput = { kind };
  if (!filter) return where;
  const and: Prisma.EventWhereInput[] = [];
  for (const [index, selector] of (filter.participants ?? []).entries()) {
    const personId = await findPersonId(selector, `filter.participants[${index}]`);
    if (personId === null) return NOTHING;
    and.push({ participants: { some: { id: personId } } });
  }
  const date = dateRangeFilter(filter.date, 'filter.date');
  if (date) where.date = date;
  if (filter.status) where.status = filter.status;
  if (filter.medium) where.medium = filter.medium;
  return { ...where, AND: and };
}

function eventNode(kind: EventKind, variant: 'Call' | 'Meeting', description: string) {
  return builder.prismaNode('Event', {
    variant,
    description,
    id: { field: 'id' },
    nullable: true,
    findUnique: (id) => ({ id: Number(id), kind }),
    fields: (t) => ({
      date: t.expose('date', { type: 'Date', nullable: true, description: 'The day; null when the reports name no single day.' }),
      time: t.exposeString('time', { nullable: true, description: 'Local time of day, HH:MM, when reported.' }),
      medium: t.expose('medium', { type: EventMediumEnum, nullable: true }),
      status: t.expose('status', { type: EventStatusEnum }),
      location: t.exposeString('location', { nullable: true }),
      summary: t.exposeString('summary', { nullable: true }),
      participants: t.field({
        type: [PersonRef],
        resolve: (event, _args, context) => relatedList<Person>(context, 'participants', PARTICIPANTS_OF_EVENT, event.id),
      }),
      initiator: t.relation('initiator', { nullable: true, description: 'Who placed the call or asked for the meeting, when the reports say.' }),
      statements: t.connection(
        {
          type: StatementRef,
          description: 'What was said about it.',
          args: { order: t.arg({ type: SortOrderEnum, required: true, defaultValue: 'desc' }) },
          resolve: (event, args, context, info) =>
            relatedConnection<Statement>(context, 'statementsOfEvent', statementsOfEvent(args.order), event.id, args, info),
        },
        { fields: (connection) => ({ totalCount: connection.int({ resolve: (page) => (page as unknown as { totalCount: number }).totalCount }) }) },
      ),
      articles: t.relatedConnection('articles', {
        cursor: 'id',
        totalCount: true,
        description: 'The articles that report it.',
        args: { order: t.arg({ type: SortOrderEnum, required: true, defaultValue: 'desc' }) },
        query: (args) => ({ orderBy: articleOrder(args.order) }),
      }),
    }),
  });
}

export const CallRef = eventNode('CALL', 'Call', 'A call between leaders: by phone or video, held, planned or expected.');
export const MeetingRef = eventNode('MEETING', 'Meeting', 'A meeting between leaders, in person unless said otherwise.');

const eventLists = [
  ['calls', 'call', 'CALL', CallRef],
  ['meetings', 'meeting', 'MEETING', MeetingRef],
] as const;

for (const [field, single, kind, ref] of eventLists) {
  builder.queryField(field, (t) =>
    t.prismaConnection({
      type: ref,
      cursor: 'id',
      description: `All ${field}, newest first unless ordered otherwise.`,
      args: { filter: t.arg({ type: EventFilterInput }), order: t.arg({ type: SortOrderEnum, required: true, defaultValue: 'desc' }) },
      totalCount: async (_parent, args) => getDatabase().event.count({ where: await eventWhere(kind, args.filter) }),
      resolve: async (query, _root, args) =>
        getDatabase().event.findMany({ ...query, where: await eventWhere(kind, args.filter), orderBy: eventOrder(args.order) }),
    }),
  );

  builder.prismaObjectField('Person', field, (t) =>
    t.connection(
      {
        type: ref,
        description: `The ${field} the person took part in.`,
        args: { order: t.arg({ type: SortOrderEnum, required: true, defaultValue: 'desc' }) },
        resolve: (person, args, context, info) => relatedConnection<Event>(context, field, eventsOfPerson(args.order), person.id, args, info, [kind]),
      },
      { fields: (connection) => ({ totalCount: connection.int({ resolve: (page) => (page as unknown as { totalCount: number }).totalCount }) }) },
    ),
  );

  builder.prismaObjectField('Article', field, (t) =>
    t.relatedConnection('events', {
      type: ref,
      cursor: 'id',
      totalCount: true,
      description: `The ${field} the article reports.`,
      query: { where: { kind }, orderBy: eventOrder('desc') },
    }),
  );

  builder.prismaObjectField('Statement', single, (t) =>
    t.field({
      type: ref,
      nullable: true,
      description: `The ${single} the statement is about, if any.`,
      select: (_args, _ctx, nestedSelection) => ({
        events: nestedSelection({ where: { kind }, orderBy: { id: 'asc' }, take: 1 }),
      }),
      resolve: (statement) => statement.events[0] ?? null,
    }),
  );
}
