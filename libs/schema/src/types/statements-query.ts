import { quoteKey } from '@parley/domain';
import {
  getDatabase,
  searchMatches,
  statementCount,
  statementList,
  statementSearch,
  type SearchKey,
  type SearchMatch,
  type Statement,
  type StatementRow,
  type StatementConditions,
  type StatementKey,
} from '@parley/db';
import { formatPrismaCursor } from '@pothos/plugin-prisma';
import { builder } from '../builder';
import { badInput, checkedSearchWords, DateRangeInput, dateRangeFilter, findPersonId, idFromGlobalId, PersonSelectorInput } from '../inputs';
import { badArgument, cursorTuple, DEFAULT_PAGE_SIZE } from '../pagination';
import { SearchMatchRef, type PendingSearchMatch } from '../search-match';
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
    search: t.string({
      description:
        'Full-text search: only statements holding every word of this text in any form ("tariffs" finds "tariff"), most relevant first unless `order` is given; each edge then carries `search` with the rank and the matched words. The text is words only, never query syntax: quotes, AND, OR, NOT, `*`, `-` and the like are separators or plain words. Common words ("the", "of") are left out; at most 200 characters and 16 words.',
    }),
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
  if (filter.search !== null && filter.search !== undefined) conditions.search = checkedSearchWords(filter.search, 'filter.search');
  return conditions;
}

const STATEMENT_CURSOR = ['saidOn', 'id'];
const SEARCH_CURSOR = ['search', 'relevance', 'id'];

function statementKey(cursor: string, argument: string): StatementKey {
  return cursorTuple(cursor, argument, (parts): StatementKey | null => {
    const [saidOn, id] = parts;
    const day = saidOn === null || (typeof saidOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(saidOn));
    return day && typeof id === 'number' && Number.isSafeInteger(id) && id > 0 && parts.length === 2 ? { saidOn: saidOn as string | null, id } : null;
  });
}

/** Where a page of a search starts; a cursor of another search (other words) is refused, as its rank means nothing here. */
function searchKey(cursor: string, argument: string, words: string[]): SearchKey {
  const search = words.join(' ');
  const key = cursorTuple(cursor, argument, (parts) => {
    const [words, relevance, id] = parts;
    const valid = parts.length === 3 && typeof words === 'string' && typeof relevance === 'number' && typeof id === 'number' && Number.isSafeInteger(id) && id > 0;
    return valid ? { search: words, relevance, id } : null;
  });
  if (key.search !== search) {
    throw badArgument(argument, `is a cursor of the search "${key.search}", not of this one ("${search}"): leave it out to start from the first page.`);
  }
  return { relevance: key.relevance, id: key.id };
}

interface StatementEdge {
  cursor: string;
  node: Statement;
  /** With a search: the statement's relevance when the list is ranked, and its match, read for the whole page once an edge asks. */
  search: PendingSearchMatch | null;
}

interface StatementConnection {
  edges: StatementEdge[];
  pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean; startCursor: string | null; endCursor: string | null };
  conditions: StatementConditions | null;
}

interface PageRequest {
  backwards: boolean;
  size: number;
  after: string | null | undefined;
  before: string | null | undefined;
}

/** Up to `size + 1` rows and the cursor of each: ranked by relevance when searching without an order, else by day. */
async function statementRows(
  conditions: StatementConditions,
  order: 'asc' | 'desc' | null | undefined,
  request: PageRequest,
): Promise<Array<{ node: Statement; cursor: string; relevance?: number }>> {
  const db = getDatabase();
  const { backwards, size } = request;
  if (conditions.search && !order) {
    const words = conditions.search;
    // Both cursors are checked, though a page read forwards starts only at `after` and one read backwards at `before`.
    const after = request.after ? searchKey(request.after, 'after', words) : null;
    const before = request.before ? searchKey(request.before, 'before', words) : null;
    const rows = await statementSearch(db, words, conditions, { backwards, start: backwards ? before : after, limit: size + 1 });
    const search = words.join(' ');
    return rows.map(({ relevance, ...node }) => ({ node: asStatement(node), relevance, cursor: formatPrismaCursor({ search, relevance, id: node.id }, SEARCH_CURSOR) }));
  }
  const after = request.after ? statementKey(request.after, 'after') : null;
  const before = request.before ? statementKey(request.before, 'before') : null;
  const rows = await statementList(db, conditions, { direction: order ?? 'desc', backwards, start: backwards ? before : after, limit: size + 1 });
  return rows.map((node) => ({ node: asStatement(node), cursor: formatPrismaCursor(node, STATEMENT_CURSOR) }));
}

/**
 * A row of the hand-written reads as the Statement type's parent: Pothos types it as the whole
 * model, and the type's fields read only the columns these rows carry (STATEMENT_COLUMNS).
 */
const asStatement = (row: StatementRow) => row as Statement;

builder.queryField('statements', (t) =>
  t.connection(
    {
      type: StatementRef,
      description: 'What was said: newest first, or most relevant first with `filter.search`; `order` sets the order by day in either case.',
      args: {
        filter: t.arg({ type: StatementFilterInput }),
        order: t.arg({ type: SortOrderEnum, description: 'By day: NEWEST_FIRST unless searching, when results come most relevant first unless an order is given.' }),
      },
      resolve: async (_root, args): Promise<StatementConnection> => {
        const conditions = await statementConditions(args.filter);
        const backwards = (args.last ?? null) !== null && (args.first ?? null) === null;
        const size = (backwards ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
        const request = { backwards, size, after: args.after, before: args.before };
        const rows = conditions ? await statementRows(conditions, args.order, request) : [];
        const page = rows.slice(0, size);
        if (backwards) page.reverse();
        const words = conditions?.search;
        let matches: Promise<Map<number, SearchMatch>> | undefined;
        const pageMatches = () => (matches ??= words ? searchMatches(getDatabase(), words, page.map((row) => row.node)) : Promise.resolve(new Map()));
        const edges: StatementEdge[] = page.map(({ node, cursor, relevance }) => ({
          cursor,
          node,
          search: words ? { relevance: relevance ?? null, match: async () => (await pageMatches()).get(node.id) } : null,
        }));
        const more = rows.length > size;
        const start = backwards ? args.before : args.after;
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
            return conditions ? statementCount(getDatabase(), conditions) : 0;
          },
        }),
      }),
    },
    {
      fields: (edge) => ({
        search: edge.field({
          type: SearchMatchRef,
          nullable: true,
          description: 'With `filter.search`: how this statement matched (rank and highlighted words); null otherwise.',
          resolve: (parent) => (parent as unknown as StatementEdge).search,
        }),
      }),
    },
  ),
);
