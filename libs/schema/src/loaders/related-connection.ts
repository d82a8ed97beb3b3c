import { getDatabase, relatedLists, relatedPages, rowsById, type Relation, type RelatedPage, type RelatedRows } from '@parley/db';
import { formatPrismaCursor } from '@pothos/plugin-prisma';
import type { GraphQLResolveInfo } from 'graphql';
import { selectsField } from './selection';
import { cursorRowId, DEFAULT_PAGE_SIZE } from '../pagination';
import { Batch, batchFor } from './batch';

export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

export interface RelatedConnection<Row> {
  edges: Array<{ cursor: string; node: Row }>;
  pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

function pageOf(args: ConnectionArgs, counted: boolean): RelatedPage {
  const noSize = (args.first === null || args.first === undefined) && (args.last === null || args.last === undefined);
  return {
    counted,
    first: noSize ? DEFAULT_PAGE_SIZE : args.first,
    last: args.last,
    afterId: args.after ? cursorRowId(args.after, 'after') : null,
    beforeId: args.before ? cursorRowId(args.before, 'before') : null,
  };
}

const EMPTY: RelatedRows<never> = { rows: [], total: 0, more: false, firstRank: 0, lastRank: 0 };

function toConnection<Row extends { id: number }>(related: RelatedRows<Row>): RelatedConnection<Row> {
  // A cursor is made only when asked for: most nested lists show their nodes, not their edges.
  const edges = related.rows.map((node) => ({
    node,
    get cursor() {
      return formatPrismaCursor(node, 'id');
    },
  }));
  return {
    edges,
    pageInfo: {
      hasPreviousPage: edges.length > 0 && related.firstRank > 1,
      hasNextPage: edges.length > 0 && related.more,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: related.total ?? 0,
  };
}

/**
 * A page of a parent's related rows as a Relay connection. Every parent of the same list
 * asking with the same arguments is served by one SQL statement, which counts each parent's
 * list only when the query asks for `totalCount`.
 */
export async function relatedConnection<Row extends { id: number }>(
  context: object,
  name: string,
  relation: Relation,
  parentId: number,
  args: ConnectionArgs,
  info: GraphQLResolveInfo,
  whereValues: readonly unknown[] = [],
): Promise<RelatedConnection<Row>> {
  const page = pageOf(args, selectsField(info, 'totalCount'));
  const batch = batchFor(
    context,
    JSON.stringify([name, relation.order, page, whereValues]),
    () => new Batch<RelatedRows<Row>>((ids) => relatedPages<Row>(getDatabase(), relation, ids, page, whereValues), () => EMPTY),
  );
  return toConnection(await batch.load(parentId));
}

/** A parent's whole related list (a call's participants), one statement for all parents. */
export function relatedList<Row>(context: object, name: string, relation: Relation, parentId: number): Promise<Row[]> {
  return batchFor(context, name, () => new Batch<Row[]>((ids) => relatedLists<Row>(getDatabase(), relation, ids), () => [])).load(parentId);
}

/** A row by id (a statement's speaker), one statement for every row asked for at once. */
export function rowById<Row extends { id: number }>(context: object, table: string, columns: readonly string[], id: number): Promise<Row | null> {
  return batchFor(context, `row:${table}`, () => new Batch<Row | null>((ids) => rowsById<Row>(getDatabase(), table, columns, ids), () => null)).load(id);
}
