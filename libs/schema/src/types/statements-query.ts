import { quoteKey } from '@parley/domain';
import { getDatabase, statementList, type Prisma, type Statement, type StatementConditions, type StatementKey } from '@parley/db';
import { formatPrismaCursor } from '@pothos/plugin-prisma';
import { builder } from '../builder';
import { badInput, DateRangeInput, dateRangeFilter, findPersonId, idFromGlobalId, PersonSelectorInput } from '../inputs';
import { cursorTuple, DEFAULT_PAGE_SIZE } from '../pagination';
import { ChannelEnum, SortOrderEnum, StatementKindEnum } from './enums';
import { StatementRef } from './statement';

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

/** The filter as conditions on the table; null when it names a speaker nobody is. */
async function statementConditions(filter: StatementFilter | null | undefined): Promise<StatementConditions | null> {
  if (!filter) return {};
  const conditions: StatementConditions = {};
  if (filter.speaker) {
    const speakerId = await findPersonId(filter.speaker, 'filter.speaker');
    if (speakerId === null) return null;
    conditions.speakerId = speakerId;
  }
  const date = dateRangeFilter(filter.date, 'filter.date');
  if (date?.gte) conditions.from = date.gte;
  if (date?.lte) conditions.to = date.lte;
  if (filter.channel) conditions.channel = filter.channel;
  if (filter.kind) conditions.kind = filter.kind;
  if (filter.call) conditions.callId = idFromGlobalId(String(filter.call), ['Call'], 'filter.call');
  if (filter.textContains !== null && filter.textContains !== undefined) {
    // Matched on the folded words, so case and punctuation count alike on every engine.
    const needle = quoteKey(filter.textContains);
    if (!needle) throw badInput('filter.textContains', 'is empty');
    conditions.textContains = needle;
  }
  return conditions;
}

function countWhere(conditions: StatementConditions): Prisma.StatementWhereInput {
  return {
    speakerId: conditions.speakerId,
    saidOn: conditions.from || conditions.to ? { gte: conditions.from, lte: conditions.to } : undefined,
    channel: conditions.channel as Prisma.StatementWhereInput['channel'],
    kind: conditions.kind as Prisma.StatementWhereInput['kind'],
    events: conditions.callId ? { some: { id: conditions.callId, kind: 'CALL' } } : undefined,
    textKey: conditions.textContains ? { contains: conditions.textContains } : undefined,
  };
}

const STATEMENT_CURSOR = ['saidOn', 'id'];

function statementKey(cursor: string, argument: string): StatementKey {
  return cursorTuple(cursor, argument, (parts): StatementKey | null => {
    const [saidOn, id] = parts;
    const day = saidOn === null || (typeof saidOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(saidOn));
    return day && typeof id === 'number' && Number.isSafeInteger(id) && id > 0 && parts.length === 2 ? { saidOn: saidOn as string | null, id } : null;
  });
}

interface StatementConnection {
  edges: Array<{ cursor: string; node: Statement }>;
  pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean; startCursor: string | null; endCursor: string | null };
  conditions: StatementConditions | null;
}

builder.queryField('statements', (t) =>
  t.connection(
    {
      type: StatementRef,
      description: 'What was said, newest first unless ordered otherwise.',
      args: { filter: t.arg({ type: StatementFilterInput }), order: t.arg({ type: SortOrderEnum, required: true, defaultValue: 'desc' }) },
      resolve: async (_root, args): Promise<StatementConnection> => {
        const conditions = await statementConditions(args.filter);
        const backwards = (args.last ?? null) !== null && (args.first ?? null) === null;
        const size = (backwards ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
        // Both cursors are checked, though a page read forwards starts only at `after` and one read backwards at `before`.
        const after = args.after ? statementKey(args.after, 'after') : null;
        const before = args.before ? statementKey(args.before, 'before') : null;
        const start = backwards ? before : after;
        const rows = conditions ? await statementList(getDatabase(), conditions, { direction: args.order, backwards, start, limit: size + 1 }) : [];
        const page = rows.slice(0, size);
        if (backwards) page.reverse();
        const edges = page.map((node) => ({ cursor: formatPrismaCursor(node, STATEMENT_CURSOR), node }));
        const more = rows.length > size;
        return {
          edges,
          pageInfo: {
            hasNextPage: backwards ? !!start : more,
            hasPreviousPage: backwards ? more : !!start,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges.at(-1)?.cursor ?? null,
          },
          conditions,
        };
      },
    },
    {
      fields: (connection) => ({
        totalCount: connection.int({
          resolve: (page) => {
            const { conditions } = page as unknown as StatementConnection;
            return conditions ? getDatabase().statement.count({ where: countWhere(conditions) }) : 0;
          },
        }),
      }),
    },
  ),
);
