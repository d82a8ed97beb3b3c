import { readRows } from './run';
import type { Database } from '../client';
import { readDialect, type ReadDialect } from './dialect';
import { columnList } from './related';
import { STATEMENT_COLUMNS, type Direction, type StatementRow } from './relations';
import { searchSql } from './search-sql';

/** Conditions of a list of statements, each one optional. */
export interface StatementConditions {
  speakerId?: number;
  from?: string;
  to?: string;
  channel?: string;
  kind?: string;
  callId?: number;
  textContains?: string;
  /** Words that must all occur in the text, stemmed (see `searchWords`). */
  search?: string[];
}

/** Where a page starts: the sort key of the row before it, as carried by its cursor. */
export interface StatementKey {
  saidOn: string | null;
  id: number;
}

type Segment = 'dated' | 'undated';

const SELECTED = columnList(STATEMENT_COLUMNS, 's');

const FLIP: Record<Direction, Direction> = { asc: 'desc', desc: 'asc' };

/**
 * The list in `direction` is every dated statement by day then id, then the undated ones by
 * id. Walking it backwards visits the undated ones first. Each segment is read along an index
 * (`speakerId, saidOn` or `saidOn`, which end in the row id), so a page costs its own rows
 * wherever it starts: no OFFSET, no count of what comes before, no sort of the whole range.
 */
function segmentsOf(direction: Direction, backwards: boolean): Array<{ segment: Segment; direction: Direction }> {
  return backwards
    ? [
        { segment: 'undated', direction: FLIP[direction] },
        { segment: 'dated', direction: FLIP[direction] },
      ]
    : [
        { segment: 'dated', direction },
        { segment: 'undated', direction },
      ];
}

/**
 * Up to `limit` statements after `start` (exclusive) in the list's order, or before it when
 * `backwards` (then nearest first). One statement, keyset on an index, on both engines.
 */
export async function statementList(
  db: Database,
  conditions: StatementConditions,
  page: { direction: Direction; backwards: boolean; start: StatementKey | null; limit: number },
): Promise<StatementRow[]> {
  const { values, param } = parameters(readDialect(db));
  const filters = () => statementFilters(db, conditions, param);

  const sequence = segmentsOf(page.direction, page.backwards);
  const startSegment: Segment | null = page.start ? (page.start.saidOn === null ? 'undated' : 'dated') : null;
  const startIndex = startSegment ? sequence.findIndex((part) => part.segment === startSegment) : -1;
  const selects: string[] = [];
  sequence.forEach(({ segment, direction }, index) => {
    if (index < startIndex) return;
    if (segment === 'undated' && (conditions.from !== undefined || conditions.to !== undefined)) return;
    const where = filters();
    const before = direction === 'desc' ? '<' : '>';
    const sort = direction === 'desc' ? 'DESC' : 'ASC';
    if (segment === 'dated') {
      where.push('s."saidOn" IS NOT NULL');
      if (index === startIndex && page.start) {
        const day = page.start.saidOn;
        where.push(`s."saidOn" ${before}= ${param(day)}`, `(s."saidOn" ${before} ${param(day)} OR s.id ${before} ${param(page.start.id)})`);
      }
    } else {
      where.push('s."saidOn" IS NULL');
      if (index === startIndex && page.start) where.push(`s.id ${before} ${param(page.start.id)}`);
    }
    const order = segment === 'dated' ? `s."saidOn" ${sort}, s.id ${sort}` : `s.id ${sort}`;
    selects.push(`SELECT * FROM (SELECT ${SELECTED}, ${selects.length} AS "segment" FROM "Statement" s WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${Math.trunc(page.limit)}) part${selects.length}`);
  });
  if (selects.length === 0) return [];

  const rows = await readRows<Array<StatementRow & { segment: unknown }>>(db, selects.join(' UNION ALL '), values);
  // UNION ALL promises no order between its parts: the few rows are put in the list's order here.
  const sign = page.direction === 'desc' !== page.backwards ? -1 : 1;
  const key = (row: StatementRow & { segment: unknown }) => [Number(row.segment), row.saidOn ?? '', row.id] as const;
  rows.sort((a, b) => {
    const [segmentA, dayA, idA] = key(a);
    const [segmentB, dayB, idB] = key(b);
    return segmentA - segmentB || sign * (dayA < dayB ? -1 : dayA > dayB ? 1 : idA - idB);
  });
  return rows.slice(0, page.limit).map(({ segment: _segment, ...statement }) => statement);
}

/** Bound values and the placeholder of each, in the order a statement takes them. */
export function parameters(dialect: ReadDialect): { values: unknown[]; param: (value: unknown) => string } {
  const values: unknown[] = [];
  return {
    values,
    param: (value) => {
      values.push(value);
      return dialect.param(values.length);
    },
  };
}

/** The conditions as SQL on the statements `s`, each value bound through `param`. */
export function statementFilters(db: Database, conditions: StatementConditions, param: (value: unknown) => string): string[] {
  const where: string[] = [];
  if (conditions.speakerId !== undefined) where.push(`s."speakerId" = ${param(conditions.speakerId)}`);
  if (conditions.from !== undefined) where.push(`s."saidOn" >= ${param(conditions.from)}`);
  if (conditions.to !== undefined) where.push(`s."saidOn" <= ${param(conditions.to)}`);
  if (conditions.channel !== undefined) where.push(`s.channel = ${param(conditions.channel)}`);
  if (conditions.kind !== undefined) where.push(`s.kind = ${param(conditions.kind)}`);
  if (conditions.callId !== undefined) {
    where.push(`EXISTS (SELECT 1 FROM "_StatementEvents" se JOIN "Event" e ON e.id = se."A" WHERE se."B" = s.id AND e.id = ${param(conditions.callId)} AND e.kind = 'CALL')`);
  }
  // `textContains` holds folded words (see quoteKey), matched against the folded text.
  if (conditions.textContains !== undefined) where.push(`s."textKey" LIKE ${param(`%${escapeLike(conditions.textContains)}%`)} ESCAPE '\\'`);
  if (conditions.search !== undefined) {
    const sql = searchSql(db);
    where.push(sql.statementFilter(param(sql.queryValue(conditions.search))));
  }
  return where;
}

/** How many statements meet the conditions. */
export async function statementCount(db: Database, conditions: StatementConditions): Promise<number> {
  const { values, param } = parameters(readDialect(db));
  const where = statementFilters(db, conditions, param);
  const sql = `SELECT COUNT(*) AS "count" FROM "Statement" s${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
  const [row] = await readRows<Array<{ count: number | bigint }>>(db, sql, values);
  return Number(row?.count ?? 0);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
