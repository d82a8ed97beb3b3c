import type { Statement } from '../generated/prisma/client';
import type { Relation } from './related';

export type Direction = 'asc' | 'desc';

const DIRECTION_SQL = { asc: 'ASC', desc: 'DESC' } as const;

/** What the API shows of a statement: not its folded text (`textKey`), kept for matching, nor when it was stored. */
export const STATEMENT_COLUMNS = ['id', 'text', 'kind', 'channel', 'saidOn', 'speakerId'] as const;
/** A statement as the hand-written reads return it: the columns of STATEMENT_COLUMNS. */
export type StatementRow = Pick<Statement, (typeof STATEMENT_COLUMNS)[number]>;
/** What the API shows of a call or meeting. */
export const EVENT_COLUMNS = ['id', 'kind', 'date', 'time', 'medium', 'status', 'location', 'summary', 'initiatorId'] as const;
/** What the API shows of a person. */
export const PERSON_COLUMNS = ['id', 'slug', 'name', 'nameKey', 'kind'] as const;

/** Undated (null) rows last in either direction, the same on every engine. */
function nullsLast(column: string, direction: Direction): string {
  return `CASE WHEN ${column} IS NULL THEN 1 ELSE 0 END, ${column} ${DIRECTION_SQL[direction]}`;
}

/** A person's calls or meetings, by day and time of day, undated last. */
export function eventsOfPerson(direction: Direction): Relation {
  return {
    table: '"Event"',
    from: '"_EventParticipants" link JOIN "Event" c ON c.id = link."A"',
    parent: 'link."B"',
    where: 'c.kind = ?',
    columns: EVENT_COLUMNS,
    order: `${nullsLast('c.date', direction)}, ${nullsLast('c.time', direction)}, c.id ${DIRECTION_SQL[direction]}`,
  };
}

/** What was said about a call or meeting, by day, undated last. */
export function statementsOfEvent(direction: Direction): Relation {
  return {
    table: '"Statement"',
    from: '"_StatementEvents" link JOIN "Statement" c ON c.id = link."B"',
    parent: 'link."A"',
    columns: STATEMENT_COLUMNS,
    order: `${nullsLast('c."saidOn"', direction)}, c.id ${DIRECTION_SQL[direction]}`,
  };
}

/** What a person said, by day, undated last; optionally on one channel. */
export function statementsOfSpeaker(direction: Direction, byChannel: boolean): Relation {
  return {
    table: '"Statement"',
    from: '"Statement" c',
    parent: 'c."speakerId"',
    ...(byChannel ? { where: 'c.channel = ?' } : {}),
    columns: STATEMENT_COLUMNS,
    order: `${nullsLast('c."saidOn"', direction)}, c.id ${DIRECTION_SQL[direction]}`,
  };
}

/** Who took part in a call or meeting, by name. */
export const PARTICIPANTS_OF_EVENT: Relation = {
  table: '"Person"',
  from: '"_EventParticipants" link JOIN "Person" c ON c.id = link."B"',
  parent: 'link."A"',
  columns: PERSON_COLUMNS,
  order: 'c.name, c.id',
};
