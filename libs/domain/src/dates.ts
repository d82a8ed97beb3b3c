/**
 * Calendar dates as Parley keeps them: ISO `YYYY-MM-DD` strings, compared as strings
 * and computed in UTC so that no time zone moves a day. Relative phrases in articles
 * ("Friday", "March 14", "yesterday") resolve against the publication date by tense.
 */

export type IsoDate = string;

export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;
export type Month = (typeof MONTHS)[number];

/** Which way a phrase points from the publication date: a past-tense report or a future plan. */
export type Tense = 'past' | 'future';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME_PREFIX = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_MS = 86_400_000;

/** True for a real calendar date written `YYYY-MM-DD` (so not 2025-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The calendar date of a `YYYY-MM-DD` or ISO 8601 date-time string, as written (the
 * date of `2025-03-28T23:30:00-04:00` is the 28th, the day its readers lived).
 * Returns null when the value is not a valid date.
 */
export function calendarDateOf(value: string): IsoDate | null {
  const match = ISO_DATE_TIME_PREFIX.exec(value.trim());
  if (!match || !isIsoDate(match[1])) return null;
  return match[1];
}

function toUtc(date: IsoDate): Date {
  if (!isIsoDate(date)) throw new RangeError(`"${date}" is not a date in the form YYYY-MM-DD`);
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function isoDateFromParts(year: number, month: number, day: number): IsoDate | null {
  const candidate = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(candidate) ? candidate : null;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

export function weekdayOf(date: IsoDate): Weekday {
  return WEEKDAYS[toUtc(date).getUTCDay()] as Weekday;
}

export function parseWeekday(word: string): Weekday | null {
  const key = word.toLowerCase();
  return (WEEKDAYS as readonly string[]).includes(key) ? (key as Weekday) : null;
}

export function parseMonth(word: string): number | null {
  const key = word.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.findIndex((month) => month === key || (key.length >= 3 && month.startsWith(key)));
  return index === -1 ? null : index + 1;
}

/**
 * A bare weekday against the publication date. In a past-tense report it is the latest
 * such day on or before publication ("on Friday" in a Friday story is that day); in the
 * future tense it is the next such day after publication.
 */
export function resolveWeekday(reference: IsoDate, weekday: Weekday, tense: Tense): IsoDate {
  const from = toUtc(reference).getUTCDay();
  const to = WEEKDAYS.indexOf(weekday);
  if (tense === 'past') return addDays(reference, -((from - to + 7) % 7));
  return addDays(reference, (to - from + 7) % 7 || 7);
}

/**
 * A day of a month with no year ("March 14", "1 November") against the publication
 * date: the publication year, moved back a year when a past event would fall after
 * publication, or forward when a future one would fall before it.
 */
export function resolveMonthDay(reference: IsoDate, month: number, day: number, tense: Tense): IsoDate | null {
  const year = Number(reference.slice(0, 4));
  const sameYear = isoDateFromParts(year, month, day);
  if (!sameYear) return null;
  if (tense === 'past' && sameYear > reference) return isoDateFromParts(year - 1, month, day);
  if (tense === 'future' && sameYear < reference) return isoDateFromParts(year + 1, month, day);
  return sameYear;
}

/** Whether `date` lies within `[from, to]`; open ends accept anything. */
export function isWithin(date: IsoDate, from?: IsoDate | null, to?: IsoDate | null): boolean {
  return (!from || date >= from) && (!to || date <= to);
}
