import { addDays, parseMonth, parseWeekday, resolveMonthDay, resolveWeekday, type IsoDate, type Tense } from './dates';

/**
 * A phrase that dates an event in a news story, found in running text. `exact` phrases
 * resolve to a day against the publication date ("on Friday", "yesterday", "March 14",
 * "the first of January"); `vague` ones ("last week", "earlier this month", "in March",
 * and what was done over a stretch of time: "has long argued", "for years") say when
 * only roughly, and resolve to null, since guessing a day would be wrong.
 */
export interface DatePhrase {
  start: number;
  end: number;
  text: string;
  precision: 'exact' | 'vague';
  resolve(reference: IsoDate, tense: Tense): IsoDate | null;
}

const WEEKDAY = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const MONTH =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?)';
const OCCASION_NOUN = '(?:interview|speech|address|call|conversation|statement|briefing|conference|meeting|talks|summit|rally|post|debate|session|remarks|comments)\\b';
const DAY_OF_DAY = '(?:\\s+(?:morning|afternoon|evening|night))?';
const ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth', 'twentieth',
];
const ORDINAL_WORD = `(${ORDINALS.join('|')}|twenty-\\w+|thirtieth|thirty-first|\\d{1,2}(?:st|nd|rd|th)?)`;

type Builder = (match: RegExpExecArray) => Omit<DatePhrase, 'start' | 'end' | 'text'> | null;

/** A phrase that names a day, remembering the days it resolved to: the same few are asked for again and again. */
function exact(resolve: (reference: IsoDate, tense: Tense) => IsoDate | null): Omit<DatePhrase, 'start' | 'end' | 'text'> {
  const resolved = new Map<string, IsoDate | null>();
  return {
    precision: 'exact',
    resolve: (reference, tense) => {
      const key = `${reference}${tense}`;
      let day = resolved.get(key);
      if (day === undefined) {
        day = resolve(reference, tense);
        resolved.set(key, day);
      }
      return day;
    },
  };
}

const vague = { precision: 'vague' as const, resolve: () => null };

function ordinalValue(word: string): number | null {
  const key = word.toLowerCase();
  const digits = /^(\d{1,2})/.exec(key);
  if (digits) return Number(digits[1]);
  const index = ORDINALS.indexOf(key);
  if (index !== -1) return index + 1;
  if (key === 'thirtieth') return 30;
  if (key === 'thirty-first') return 31;
  const twenty = /^twenty-(\w+)$/.exec(key);
  if (twenty) {
    const unit = ORDINALS.indexOf(twenty[1] ?? '');
    return unit >= 0 && unit < 9 ? 21 + unit : null;
  }
  return null;
}

function monthDay(month: string | undefined, day: number | null, year?: string): Omit<DatePhrase, 'start' | 'end' | 'text'> | null {
  if (!/^[A-Z]/.test(month ?? '')) return null;
  const monthNumber = parseMonth(month ?? '');
  if (monthNumber === null || day === null || day < 1 || day > 31) return null;
  if (year) {
    const fixed = `${year}-${String(monthNumber).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return exact((reference, tense) => resolveMonthDay(fixed, monthNumber, day, tense) ?? reference);
  }
  return exact((reference, tense) => resolveMonthDay(reference, monthNumber, day, tense));
}

/** Words without which no pattern below can match: a cheap test that spares the rest. */
const MAY_HOLD_DATE = /\d|day|night|week|month|year|decade|morning|noon|evening|tonight|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter|time|recent|coming|long|repeatedly|often/i;

/** Whether a text may hold a date phrase: false means `findDatePhrases` would find none. */
export function mayHoldDatePhrase(text: string): boolean {
  return MAY_HOLD_DATE.test(text);
}

/** Longest patterns first: where two overlap, the earlier-listed one wins. */
const PATTERNS: ReadonlyArray<[RegExp, Builder]> = [
  [new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'), (m) => monthDay(m[1], Number(m[2]), m[3])],
  [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})\\b`, 'gi'), (m) => monthDay(m[2], Number(m[1]), m[3])],
  [new RegExp(`\\bthe\\s+${ORDINAL_WORD}\\s+of\\s+${MONTH}\\b`, 'gi'), (m) => monthDay(m[2], ordinalValue(m[1] ?? ''))],
  [new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:%|per cent|percent|million|billion))`, 'gi'), (m) => monthDay(m[1], Number(m[2]))],
  [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\b`, 'gi'), (m) => monthDay(m[2], Number(m[1]))],
  [/\b(?:last|next|this|earlier this|later this|early this|late last|early next)\s+(?:week|month|year|spring|summer|autumn|fall|winter|weekend)\b/gi, () => vague],
  [/\b(?:in recent (?:days|weeks|months|years)|at the time|over the (?:summer|winter|weekend)|in the (?:spring|summer|autumn|winter|coming days|coming weeks))\b/gi, () => vague],
  [/\b(?:(?:has|have|had)\s+(?:long|repeatedly|often)|for (?:years|months|weeks|decades|some time)|over the (?:years|months|past year))\b/gi, () => vague],
  [/\b(?:yesterday|last night)\b/gi, () => exact((reference) => addDays(reference, -1))],
  [/\b(?:today|tonight|this (?:morning|afternoon|evening))\b/gi, () => exact((reference) => reference)],
  [/\btomorrow\b/gi, () => exact((reference) => addDays(reference, 1))],
  [new RegExp(`\\b(?:last|next)\\s+${WEEKDAY}\\b`, 'gi'), (m) => lastOrNextWeekday(m[1], /^next/i.test(m[0]) ? 'future' : 'past')],
  [new RegExp(`\\b${WEEKDAY}${DAY_OF_DAY}\\b(?!['’]s)`, 'gi'), (m) => weekdayPhrase(m[1])],
  /** "in Sunday's interview", "after Tuesday night’s call": the day of the occasion it names ("familiar with Friday's call" names none). */
  [new RegExp(`\\b(?:in|during|at|after|following)\\s+${WEEKDAY}${DAY_OF_DAY}['’]s\\s+(?=(?:[A-Za-z-]+\\s+){0,2}?${OCCASION_NOUN})`, 'gi'), (m) => weekdayPhrase(m[1])],
  [new RegExp(`\\bin\\s+${MONTH}\\b(?!\\s+\\d)`, 'gi'), (m) => (/^[A-Z]/.test(m[1] ?? '') ? vague : null)],
  /** A year alone ("in 2019", "her 2019 memoir") names no day. */
  [/\b(?:in\s+)?(?:19|20)\d{2}\b(?!\s*(?:%|per\s*cent|percent|[-–]\d))/gi, () => vague],
];

/** "last Thursday" said on a Thursday is a week before; "next Thursday" a week after. */
function lastOrNextWeekday(word: string | undefined, tense: Tense): Omit<DatePhrase, 'start' | 'end' | 'text'> | null {
  const weekday = parseWeekday(word ?? '');
  if (!weekday || !/^[A-Z]/.test(word ?? '')) return null;
  return exact((reference) => {
    const day = resolveWeekday(reference, weekday, tense);
    return day === reference ? addDays(reference, tense === 'past' ? -7 : 7) : day;
  });
}

function weekdayPhrase(word: string | undefined): Omit<DatePhrase, 'start' | 'end' | 'text'> | null {
  const weekday = parseWeekday(word ?? '');
  if (!weekday || !/^[A-Z]/.test(word ?? '')) return null;
  return exact((reference, tense) => resolveWeekday(reference, weekday, tense));
}

/** Texts already read: an article asks for the phrases of the same sentences and clauses many times. */
const phrasesOf = new Map<string, readonly DatePhrase[]>();
const REMEMBERED_TEXTS = 2048;
const NONE: readonly DatePhrase[] = Object.freeze([]);

/**
 * Every date phrase in `text`, in order of position, none overlapping. Offsets are
 * relative to `text`.
 */
export function findDatePhrases(text: string): readonly DatePhrase[] {
  if (!mayHoldDatePhrase(text)) return NONE;
  let found = phrasesOf.get(text);
  if (!found) {
    if (phrasesOf.size >= REMEMBERED_TEXTS) phrasesOf.clear();
    found = Object.freeze(readDatePhrases(text));
    phrasesOf.set(text, found);
  }
  return found;
}

function readDatePhrases(text: string): DatePhrase[] {
  const found: DatePhrase[] = [];
  const taken: Array<[number, number]> = [];
  for (const [pattern, build] of PATTERNS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([from, to]) => start < to && end > from)) continue;
      const phrase = build(match);
      if (!phrase) continue;
      taken.push([start, end]);
      found.push({ ...phrase, start, end, text: match[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
