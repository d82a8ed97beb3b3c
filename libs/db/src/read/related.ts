import { readRows } from './run';
import type { Database } from '../client';
import { readDialect, type ReadDialect } from './dialect';

/** Rows related to a parent: the child table aliased `c`, reached from the parent's id. */
export interface Relation {
  /** The child table. */
  table: string;
  /** `FROM` clause: the link table or child table, joined to the child aliased `c`. */
  from: string;
  /** The expression that holds the parent's id. */
  parent: string;
  /** A condition on the child, with `?` standing for each of `whereValues` in order. */
  where?: string;
  /** `ORDER BY` terms of each parent's list, on `c` only; must end in a unique column so that the order is total. */
  order: string;
  /** The child's columns that are read: what the API shows of it, not its search keys or bookkeeping. */
  columns: readonly string[];
}

/** Which part of each parent's list: Relay's arguments, cursors already read as row ids. */
export interface RelatedPage {
  first?: number | null;
  last?: number | null;
  afterId?: number | null;
  beforeId?: number | null;
  /** Whether each parent's whole list must be counted (`totalCount`); when not, it is not read past the page. */
  counted?: boolean;
}

export interface RelatedRows<Row> {
  rows: Row[];
  /** Rows in the parent's whole list, when the page asked for it to be counted or had to count it. */
  total: number | null;
  /** Whether rows follow the page's last row in the parent's list. */
  more: boolean;
  /** Position of the first and last row of `rows` in the whole list, from 1. */
  firstRank: number;
  lastRank: number;
}

type Ranked = Record<string, unknown> & { parentId: unknown; rank: unknown; total: unknown };

class Parameters {
  readonly values: unknown[] = [];
  constructor(private readonly dialect: ReadDialect) {}
  add(value: unknown): string {
    this.values.push(value);
    return this.dialect.param(this.values.length);
  }
  ids(ids: readonly number[]): string {
    return this.dialect.idList(this.idsPosition(ids));
  }
  /** Binds a list of ids as one value; its position. */
  idsPosition(ids: readonly number[]): number {
    this.values.push(this.dialect.idsValue(ids));
    return this.values.length;
  }
  /** Replaces each `?` of a fragment with the next value's placeholder. */
  fragment(sql: string, values: readonly unknown[]): string {
    let index = 0;
    return sql.replace(/\?/g, () => this.add(values[index++]));
  }
}

/** Columns of the table aliased `alias` (the child `c` unless said) as a select list. */
export function columnList(columns: readonly string[], alias = 'c'): string {
  return columns.map((column) => `${alias}."${column}"`).join(', ');
}

/**
 * One page of each parent's related rows in one statement, whatever the number of parents;
 * the parents' ids travel as a single parameter.
 */
export async function relatedPages<Row>(
  db: Database,
  relation: Relation,
  parentIds: readonly number[],
  page: RelatedPage,
  whereValues: readonly unknown[] = [],
): Promise<Map<number, RelatedRows<Row>>> {
  if (parentIds.length === 0) return new Map();
  const fromStart = !page.afterId && !page.beforeId && (page.last === null || page.last === undefined);
  return fromStart && page.first !== null && page.first !== undefined
    ? firstPages(db, relation, parentIds, page.first, !!page.counted, whereValues)
    : rankedPages(db, relation, parentIds, page, whereValues);
}

/**
 * The first `first` rows of each parent's list: the list is read once per parent along its
 * order and stops one row past the page (which says whether more follow), so a parent with
 * thousands of related rows costs its page, not its list. Counted only when asked.
 */
async function firstPages<Row>(
  db: Database,
  relation: Relation,
  parentIds: readonly number[],
  first: number,
  counted: boolean,
  whereValues: readonly unknown[],
): Promise<Map<number, RelatedRows<Row>>> {
  const dialect = readDialect(db);
  const params = new Parameters(dialect);
  const condition = () => (relation.where ? ` AND ${params.fragment(relation.where, whereValues)}` : '');
  // Placeholders are numbered in the order they are made, which must be the order of the text.
  const parents = dialect.idTable(params.idsPosition(parentIds), 'ids');
  // The lists are counted together, grouped by parent, in a subquery the database runs once:
  // a count beside each parent would be run again for every row of its page.
  const outer = counted
    ? `(SELECT ids.value AS "parentId", COALESCE(counts."total", 0) AS "total" FROM ${parents} LEFT JOIN ` +
      `(SELECT ${relation.parent} AS "parentId", COUNT(*) AS "total" FROM ${relation.from} WHERE ${relation.parent} IN ${params.ids(parentIds)}${condition()} GROUP BY ${relation.parent}) counts ` +
      `ON counts."parentId" = ids.value)`
    : `(SELECT ids.value AS "parentId" FROM ${parents})`;
  const list = `FROM ${relation.from} WHERE ${relation.parent} = p."parentId"${condition()}`;
  const { from, rank } = dialect.firstOfEach(outer, relation.table, list, relation.order, params.add(first + 1));
  const sql = `SELECT ${columnList(relation.columns)}, p."parentId" AS "parentId", ${rank} AS "rank"${counted ? ', p."total" AS "total"' : ''} FROM ${from}`;

  const pages = new Map<number, RelatedRows<Row>>();
  const ranked = new Map<number, Array<{ rank: number; row: Row }>>();
  for (const { parentId, total, rank, ...row } of await readRows<Array<Record<string, unknown> & { parentId: unknown; rank: unknown; total?: unknown }>>(db, sql, params.values)) {
    const id = Number(parentId);
    if (!pages.has(id)) {
      pages.set(id, { rows: [], total: counted ? Number(total) : null, more: false, firstRank: 1, lastRank: 0 });
      ranked.set(id, []);
    }
    // A parent with no rows still comes once, with nulls for the child, to carry its count.
    if (row['id'] !== null && row['id'] !== undefined) ranked.get(id)?.push({ rank: Number(rank), row: row as Row });
  }
  for (const [id, entry] of pages) {
    const rows = (ranked.get(id) ?? []).sort((a, b) => a.rank - b.rank).map(({ row }) => row);
    entry.more = rows.length > first;
    entry.rows = rows.slice(0, first);
    entry.lastRank = entry.rows.length;
  }
  return pages;
}

/**
 * Pages from a cursor or from the end: each list is numbered by a window function
 * (`ROW_NUMBER() OVER (PARTITION BY parent …)`) and counted, and the cursors' ranks found in it.
 */
async function rankedPages<Row>(
  db: Database,
  relation: Relation,
  parentIds: readonly number[],
  page: RelatedPage,
  whereValues: readonly unknown[],
): Promise<Map<number, RelatedRows<Row>>> {
  const pages = new Map<number, RelatedRows<Row>>();
  // Placeholders are numbered in the order they are made, which must be the order of the text.
  const params = new Parameters(readDialect(db));
  const parents = params.ids(parentIds);
  const condition = relation.where ? ` AND ${params.fragment(relation.where, whereValues)}` : '';
  const ranked =
    `SELECT c.id AS "childId", ${relation.parent} AS "parentId", ` +
    `ROW_NUMBER() OVER (PARTITION BY ${relation.parent} ORDER BY ${relation.order}) AS "rank", ` +
    `COUNT(*) OVER (PARTITION BY ${relation.parent}) AS "total" ` +
    `FROM ${relation.from} WHERE ${relation.parent} IN ${parents}${condition}`;
  // The cursors' ranks are looked up once per parent and joined, not once per row: a parent
  // with thousands of related rows would otherwise scan its list once for each of them.
  const cursors: string[] = [];
  const joins: string[] = [];
  const cursorRank = (name: string, id: number) => {
    cursors.push(`${name} AS (SELECT "parentId", "rank" FROM ranked WHERE "childId" = ${params.add(id)})`);
    joins.push(`LEFT JOIN ${name} ON ${name}."parentId" = r."parentId"`);
    return `${name}."rank"`;
  };
  const low = page.afterId ? `COALESCE(${cursorRank('after_cursor', page.afterId)}, 0)` : '0';
  const high = page.beforeId ? `COALESCE(${cursorRank('before_cursor', page.beforeId)}, r."total" + 1)` : `(r."total" + 1)`;
  const bounds = [`r."rank" > ${low}`, `r."rank" < ${high}`];
  if (page.first !== null && page.first !== undefined) bounds.push(`r."rank" <= ${low} + ${params.add(page.first)}`);
  if (page.last !== null && page.last !== undefined) bounds.push(`r."rank" >= ${high} - ${params.add(page.last)}`);
  // Only ids and sort keys go through the window's sort; the page's rows are read after it.
  const sql =
    `WITH ${[`ranked AS (${ranked})`, ...cursors].join(', ')} SELECT ${columnList(relation.columns)}, r."parentId", r."rank", r."total" FROM ranked r ${joins.join(' ')} ` +
    `JOIN ${relation.table} c ON c.id = r."childId" WHERE ${bounds.join(' AND ')} ORDER BY r."parentId", r."rank"`;

  const rows = await readRows<Ranked[]>(db, sql, params.values);
  for (const { parentId, rank, total, ...row } of rows) {
    const id = Number(parentId);
    const entry = pages.get(id) ?? { rows: [], total: Number(total), more: false, firstRank: Number(rank), lastRank: Number(rank) };
    entry.rows.push(row as Row);
    entry.lastRank = Number(rank);
    entry.more = entry.lastRank < Number(total);
    pages.set(id, entry);
  }
  return pages;
}

/** The whole related list of each parent (a call's participants), in one statement. */
export async function relatedLists<Row>(
  db: Database,
  relation: Relation,
  parentIds: readonly number[],
): Promise<Map<number, Row[]>> {
  const lists = new Map<number, Row[]>();
  if (parentIds.length === 0) return lists;
  const params = new Parameters(readDialect(db));
  const sql =
    `SELECT ${columnList(relation.columns)}, ${relation.parent} AS "parentId" FROM ${relation.from} ` +
    `WHERE ${relation.parent} IN ${params.ids(parentIds)} ORDER BY ${relation.parent}, ${relation.order}`;
  for (const { parentId, ...row } of await readRows<Array<Record<string, unknown> & { parentId: unknown }>>(db, sql, params.values)) {
    const id = Number(parentId);
    const list = lists.get(id);
    if (list) list.push(row as Row);
    else lists.set(id, [row as Row]);
  }
  return lists;
}

/** Rows of a table by id, in one statement. */
export async function rowsById<Row extends { id: number }>(db: Database, table: string, columns: readonly string[], ids: readonly number[]): Promise<Map<number, Row>> {
  if (ids.length === 0) return new Map();
  const params = new Parameters(readDialect(db));
  const rows = await readRows<Row[]>(db, `SELECT ${columnList(columns)} FROM "${table}" c WHERE c.id IN ${params.ids(ids)}`, params.values);
  return new Map(rows.map((row) => [Number(row.id), row]));
}
