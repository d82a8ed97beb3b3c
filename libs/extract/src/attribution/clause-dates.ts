import { addDays, findDatePhrases, mayHoldDatePhrase, type DatePhrase, type IsoDate, type Tense } from '@parley/domain';
import type { Range } from '../text/ranges';

/** What a clause says about when: a day, "unknown" (a vague phrase), or a pointer to another event. */
export type ClauseDate =
  | { kind: 'day'; date: IsoDate | null; at: number }
  | { kind: 'call'; at: number; days?: number }
  | { kind: 'event'; at: number; meeting: boolean }
  | { kind: 'same_day_as_latest'; at: number }
  | { kind: 'offset'; days: number; at: number };

const EFFECTIVE_BEFORE = /\b(?:from|starting|effective|until|till|by|since|before|through|deadline|expires?|take[sn]? effect(?: on)?|took effect(?: on)?|come[s]? into force(?: on)?|in force(?: on| from)?|due(?: to take effect)?(?: on)?|apply(?: from)?|scheduled for)\s+(?:on\s+)?$/i;
const SUBORDINATE_ZONES = /,\s+(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){1,4}?)?(?:which|who|whom|whose)\b[^,]*|\bsince\b[^,.;]*|\b(?:that|which)\s+(?:he|she|it|they|\p{Lu}\p{L}+)\s+(?:had\s+)?(?:announced|floated|imposed|placed|introduced|proposed|signed|prepared)\b[^,.;]*/gu;
/** "the day before that call", "two days after the call": a count of days from the call the story told of. */
const DAYS_FROM_CALL = /\b(?:the\s+day|(a|one|two|three|four|five|six)\s+days?)\s+(before|after)\s+(?:the|that|their|this)\s+(?:(?:phone|video|first|second|last|latest)\s+)?call\b/i;
/** Whether a text counts days from a call ("the day before that call"), which the call's day resolves, not the sentence's. */
export function countsFromCall(text: string): boolean {
  return DAYS_FROM_CALL.test(text);
}

const CALL_REFERENCE = /\b(?:(?:on|during|after|following)\s+)?the\s+(?:night|day|evening|morning|afternoon)\s+of\s+the\s+call\b|\b(?:after|during|following|in)\s+the\s+(?:phone\s+|video\s+)?call\b/i;
/** "in a statement issued after the summit", "said afterwards", "issued after it ended": the day of the event the story last told of. */
const EVENT_REFERENCE = /\b(?:[Aa]fter|[Ff]ollowing|[Aa]t the (?:end|close) of)\s+the\s+(?:(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s\s+)?(?:summit|talks|meeting|visit|session|dinner)\b|\b[Aa]fterwards\b|\b(?:after|once)\s+it\s+(?:had\s+)?(?:ended|finished|was over)\b/u;
const SAME_DAY = /\b(?:within (?:hours|the hour|an hour)|hours later|later that day|later in the (?:day|morning|afternoon|evening|night)|the same day|shortly afterwards?|minutes later|that (?:morning|afternoon|evening|night|day))\b/i;
/** A relative clause about speaking dates the speaker's occasion: "Malvane, who addressed parliament yesterday, …". */
const OCCASION_CLAUSE = /^,\s+who\s+(?:had\s+)?(?:addressed|spoke|told|said|wrote|posted|gave|delivered|appeared|held)\b/;
/** Words without which neither a reference to the call nor "the same day" can be said. */
const RELATIVE_DAY_WORDS = /call|hour|later|same|shortly|minutes|after|following|close of|end of/;
/** "before the June 9 meeting", "ahead of Friday's vote": a deadline, not the day of what the clause tells. */
const DEADLINE_BEFORE = /\b(?:before|ahead\s+of|by|until|since)\s+the\s+$/i;
/** "before the regional summit in Abuja on June 22": the day of the event the deadline names, not of the clause. */
const DEADLINE_EVENT_BEFORE = /\b(?:before|ahead\s+of)\s+(?:the|a|next|this)\s+(?:(?!\p{Ll}+ed\s)[\p{L}-]+\s+){1,5}on\s+$/u;
const PUBLISHED_BEFORE = /\b(?:published|printed|aired|broadcast|released|posted)\s+(?:on\s+|in\s+)?$/i;
const NUMBERS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const OFFSET_PHRASE = '\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(days?|weeks?)\\s+(after|before)\\b';
const OFFSET = new RegExp(OFFSET_PHRASE, 'i');
const OFFSET_AT_END = new RegExp(`${OFFSET_PHRASE}\\s+$`, 'i');

/** Date phrases of a range of the narrative that date its own events: not effective dates, not those of a relative clause. */
export function eventPhrases(narrative: string, range: Range, keepAt: number | null = null): Array<DatePhrase & { at: number }> {
  const slice = narrative.slice(range.start, range.end);
  const phrases = findDatePhrases(slice);
  if (phrases.length === 0) return [];
  const excluded: Array<[number, number]> = [];
  const kept = keepAt === null ? -1 : keepAt - range.start;
  for (const zone of slice.matchAll(SUBORDINATE_ZONES)) {
    if (OCCASION_CLAUSE.test(zone[0])) continue;
    if (kept < zone.index || kept >= zone.index + zone[0].length) excluded.push([zone.index, zone.index + zone[0].length]);
  }
  return phrases
    .filter((phrase) => !EFFECTIVE_BEFORE.test(slice.slice(Math.max(0, phrase.start - 40), phrase.start)) && !DEADLINE_BEFORE.test(slice.slice(Math.max(0, phrase.start - 20), phrase.start)) && !namesAnEventDeadline(slice.slice(Math.max(0, phrase.start - 70), phrase.start)))
    .filter((phrase) => !excluded.some(([from, to]) => phrase.start >= from && phrase.start < to))
    .map((phrase) => ({ ...phrase, at: range.start + phrase.start }));
}

function namesAnEventDeadline(lead: string): boolean {
  return (lead.includes('before') || lead.includes('ahead')) && DEADLINE_EVENT_BEFORE.test(lead);
}

export interface ClauseOptions {
  tense?: Tense;
  /** The verb whose date is wanted: the phrase nearest it wins, and a relative clause holding it still counts. */
  verbAt?: number | null;
  /** Where the sentence starts, so that "that evening" can take the day an earlier phrase gives. */
  sentenceStart?: number;
  /** A word whose relative clause still counts, without being the verb the nearest phrase is sought for: "who placed a call late on Monday". */
  keepAt?: number | null;
}

/** What a range says about when its event happened, if anything. */
export function clauseDate(narrative: string, range: Range, reference: IsoDate | null, options: ClauseOptions = {}): ClauseDate | null {
  return zonesDate(narrative, [range], reference, options);
}

/**
 * What some ranges of one sentence say about when: a reference to the call, "the same
 * day", or the date phrase nearest the verb. "That evening" is the day an earlier phrase
 * of the sentence gives ("on Monday, … a readout issued that evening").
 */
export function zonesDate(narrative: string, zones: readonly Range[], reference: IsoDate | null, options: ClauseOptions = {}): ClauseDate | null {
  const tense = options.tense ?? 'past';
  const verbAt = options.verbAt ?? null;
  const slices = zones.map((zone) => narrative.slice(zone.start, zone.end));
  if (!slices.some((slice) => mayHoldDatePhrase(slice) || RELATIVE_DAY_WORDS.test(slice))) return null;
  for (const [index, zone] of zones.entries()) {
    const slice = slices[index] ?? '';
    const call = CALL_REFERENCE.exec(slice);
    if (call && !DAYS_FROM_CALL.test(slice)) return { kind: 'call', at: zone.start + call.index };
    const sameDay = SAME_DAY.exec(slice);
    if (!sameDay) continue;
    const at = zone.start + sameDay.index;
    const earlier = options.sentenceStart === undefined ? undefined : eventPhrases(narrative, { start: options.sentenceStart, end: at }).find((phrase) => phrase.precision === 'exact');
    if (earlier && reference) return { kind: 'day', date: earlier.resolve(reference, tense), at: earlier.at };
    return { kind: 'same_day_as_latest', at };
  }
  const phrases = withoutPublicationDays(narrative, zones.flatMap((zone) => eventPhrases(narrative, zone, options.keepAt ?? verbAt)));
  const phrase = verbAt === null ? phrases[0] : [...phrases].sort((a, b) => Math.abs(a.at - verbAt) - Math.abs(b.at - verbAt))[0];
  if (!phrase) return daysFromCall(narrative, zones) ?? eventReference(narrative, zones);
  const date = phrase.precision === 'vague' || !reference ? null : phrase.resolve(reference, tense);
  return { kind: 'day', date, at: phrase.at };
}

/** "an interview given on Sunday and published on Monday": the words were said the day they were given, not the day they came out. */
function withoutPublicationDays<T extends { at: number }>(narrative: string, phrases: T[]): T[] {
  if (phrases.length < 2) return phrases;
  const given = phrases.filter((phrase) => !PUBLISHED_BEFORE.test(narrative.slice(Math.max(0, phrase.at - 30), phrase.at)));
  return given.length > 0 ? given : phrases;
}

/** "said the day before that call": the call's day, counted on; a day the clause names itself comes first. */
function daysFromCall(narrative: string, zones: readonly Range[]): ClauseDate | null {
  for (const zone of zones) {
    const counted = DAYS_FROM_CALL.exec(narrative.slice(zone.start, zone.end));
    if (counted) return { kind: 'call', at: zone.start + counted.index, days: (NUMBERS[(counted[1] ?? 'one').toLowerCase()] ?? 1) * (counted[2]?.toLowerCase() === 'before' ? -1 : 1) };
  }
  return null;
}

function eventReference(narrative: string, zones: readonly Range[]): ClauseDate | null {
  for (const zone of zones) {
    const event = EVENT_REFERENCE.exec(narrative.slice(zone.start, zone.end));
    if (event) return { kind: 'event', at: zone.start + event.index, meeting: !/^afterwards$|\bit\b/i.test(event[0]) };
  }
  return null;
}

/** "three days after" just before `at`: the days to go back from the sentence's own date. */
export function offsetBefore(narrative: string, at: number): number | null {
  const match = OFFSET_AT_END.exec(narrative.slice(Math.max(0, at - 30), at));
  return match ? signedDays(match) : null;
}

/** "three days after", "a week before" in a text: where, and the days to go back (after) or on (before) from the date it counts from. */
export function offsetIn(text: string): { index: number; days: number } | null {
  const match = OFFSET.exec(text);
  return match ? { index: match.index, days: signedDays(match) } : null;
}

function signedDays(match: RegExpExecArray): number {
  const count = NUMBERS[(match[1] ?? '').toLowerCase()] ?? Number(match[1]);
  const days = /^week/i.test(match[2] ?? '') ? count * 7 : count;
  return match[3]?.toLowerCase() === 'after' ? -days : days;
}

export function shift(date: IsoDate | null, days: number): IsoDate | null {
  return date ? addDays(date, days) : null;
}
