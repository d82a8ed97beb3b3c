import type { EventMedium, EventStatus, IsoDate } from '@parley/domain';
import { eventPhrases, offsetBefore, shift, zonesDate } from '../attribution/clause-dates';
import type { ResolvedMentions } from '../people/resolve';
import type { ArticleDocument } from '../text/document';
import type { Range } from '../text/ranges';

/** What finding an article's calls and meetings needs. */
export interface EventContext {
  document: ArticleDocument;
  resolved: ResolvedMentions;
  publishedAt: IsoDate | null;
  /** The date of the latest sentence before an offset that dates its event: what "a day after" counts from. */
  latestDateBefore: (at: number) => IsoDate | null;
}

const CLAUSE_STOP = /[;:]|,\s+(?:a|an)\s+call\b|,\s+(?:according|officials|the|her|his|their|its|and|but|as|which|who|while|although|though|saying|adding)\b|,\s+\p{Ll}+ed\b|\s+(?:and|but)\s+(?:that|said|says|added)\b/u;
const CLAUSE_BREAK = /[,;:]|\bthat\b|\b(?:and|but)\s+(?=\p{Ll}+\s+(?:will|would|are|is|was|were|had|have|has)\b)/gu;
const EXPECTED = /\bexpect(?:s|ed|ing)?\s+to\b|\b(?:is|are|was|were)\s+expected\b|\blikely\s+to\b|\b(?:trying|seeking|working|hoping)\s+to\s+(?:arrange|set\s+up|organi[sz]e|schedule)\b/i;
/** "Vos may call Tiede": a call that may come (case kept, so that the month is not read as the verb). */
const MAY = /\bmay\s+(?:[\p{Ll}]+\s+){0,2}$/u;
const PLANNED = /\b(?:will|would|shall|is due to|are due to|was due to|were due to|plans?\s+to|planned|proposed|upcoming|planning\s+to|scheduled|set\s+to|is to|are to|agreed\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+\s+|yesterday\s+|today\s+)?to|intends?\s+to|intended\s+to|hopes?\s+to|hoped\s+to|promised\s+to|offered\s+to|next)\b/iu;
const PAST_CONTEXT = /\b(?:after|following|during|since|before)\s+$/i;
/** "Belmark will cut its tariff after Vos and Tiede agreed in a phone call": the call is told in a past clause of its own, whatever the main clause plans. */
const SUBORDINATOR = /\b(?:after|when|because|since|once)\s/g;
const PAST_VERB = /\b(?:\p{Ll}{2,}ed|spoke|held|met|made|took|rang)\b/u;
/** "a second call had been pencilled in for Monday": arranged for a day to come. */
const ARRANGED_AFTER = /^[^,;]{0,60}?\b(?:pencilled|penciled|scheduled|planned|slated|arranged|set)\s+(?:in\s+)?for\b/i;
const HYPOTHETICAL = /\b(?:whether|if|unless|could|might|would not say|declined|refused|no plans?|ruled out)\b/i;
const NEGATED = /\b(?:not|never|no longer)\b|n['’]t\b/i;
const CONDITION_AFTER = /\b(?:if|unless)\b/i;
const CANCELLED = /\b(?:cancell?ed|called off|scrapped)\b/i;
const TIMELINE_DASH = /^\s*[-–—]\s/;
const RIGHT_AFTER = /^\s+(?:(?:after|following)\s+)?$/;
/** "On Wednesday, when Halm rang Varga", "moved on Monday, as Vos called Tiede": a clause opened by "when" or "as" falls on the day before it. */
const DAY_THEN_WHEN = /^[^,]*,\s*(?:(?:when|as)\s[^,]*)?$/;
/** "Vos and Tiede agreed on Tuesday to restart talks, in a video call": the call is the occasion of the clause before it, and its day. */
const OCCASION_OF_CLAUSE = /,\s+(?:in|during|over)\s+$/;
/** "said on Wednesday, hours after a late-night call": the call may have fallen on the day before, so the count names no day. */
const OVERNIGHT = /\b(?:late-night|late night|overnight|midnight)\b/i;
const HOURS_AFTER = /\b(?:only\s+)?(?:hours|minutes)\s+(?:after|before)\s+$/i;

/** Where the clause of an event mentioned at `from` ends: a semicolon, a colon, or a comma that opens another clause. */
export function clauseEnd(narrative: string, from: number, limit: number): number {
  const stop = CLAUSE_STOP.exec(narrative.slice(from, limit));
  return stop ? from + stop.index : limit;
}

/** Where the clause holding `at` starts: after the last comma, colon or "that" before it. */
export function clauseStart(narrative: string, sentenceStart: number, at: number): number {
  let start = sentenceStart;
  for (const found of narrative.slice(sentenceStart, at).matchAll(CLAUSE_BREAK)) start = sentenceStart + found.index + found[0].length;
  return start;
}

/** "will speak", "are expected to talk", "agreed to speak again": planned or expected; otherwise held. */
export function eventStatus(narrative: string, clauseFrom: number, at: number, clauseTo = at): EventStatus {
  const lead = narrative.slice(clauseFrom, at);
  if (CANCELLED.test(narrative.slice(clauseFrom, clauseTo))) return 'cancelled';
  if (PAST_CONTEXT.test(lead) || inPastSubordinate(lead)) return 'held';
  if (EXPECTED.test(lead) || MAY.test(lead)) return 'expected';
  if (PLANNED.test(lead) || ARRANGED_AFTER.test(narrative.slice(at, clauseTo))) return 'planned';
  return 'held';
}

/** Whether a lead ends in a clause of its own opened by "after", "when" … and told in the past, with no comma since. */
function inPastSubordinate(lead: string): boolean {
  let opened = -1;
  for (const found of lead.matchAll(SUBORDINATOR)) opened = found.index;
  if (opened === -1) return false;
  const clause = lead.slice(opened);
  return !/[,;]/.test(clause) && PAST_VERB.test(clause);
}

/** "whether she would call", "if the crossings stay closed, he might phone": no event is reported. */
export function isHypothetical(narrative: string, clauseFrom: number, at: number): boolean {
  return HYPOTHETICAL.test(narrative.slice(clauseFrom, at));
}

/**
 * "has not spoken to X since March", "would call X if the border stayed shut", "would call
 * X again “if there is something to say”": no event is reported. The condition may be in
 * the quoted words, so it is read in the text itself.
 */
export function isDenied(document: ArticleDocument, clauseFrom: number, at: number, clauseTo: number): boolean {
  return NEGATED.test(document.narrative.slice(clauseFrom, at)) || CONDITION_AFTER.test(document.text.slice(at, clauseTo));
}

export function eventMedium(text: string): EventMedium | null {
  if (/\bvideo|\b(?:virtual|online)\s+(?:meeting|summit|call|conference)\b/i.test(text)) return 'video';
  if (/\b(?:phone|telephone|telephoned|phoned|rang|dialled|dialed)\b/i.test(text)) return 'phone';
  if (/\bin person\b|\bface[- ]to[- ]face\b/i.test(text)) return 'in_person';
  return null;
}

/** When an event happened or will, and whether the article only says so roughly ("in July", "last week"). */
export interface EventDay {
  date: IsoDate | null;
  vague: boolean;
}

/**
 * The day of an event: a date phrase of its own clause (by tense), one opening the
 * sentence ("On Tuesday, the two leaders spoke") or just before it ("said on Saturday
 * after meeting …"), or a count of days or hours from the sentence's earlier date ("a day
 * after her first phone conversation …").
 */
export function eventDate(
  narrative: string,
  sentence: Range,
  clause: Range,
  status: EventStatus,
  publishedAt: IsoDate | null,
  latestDateBefore: (at: number) => IsoDate | null,
  keepAt: number | null = null,
): EventDay {
  const tense = status === 'held' ? 'past' : 'future';
  const own = zonesDate(narrative, [clause], publishedAt, { tense, sentenceStart: sentence.start, keepAt });
  if (own?.kind === 'day') return { date: own.date, vague: own.date === null };
  const earlier = eventPhrases(narrative, { start: sentence.start, end: clause.start });
  const intro = earlier[0];
  const introOnly = intro && !narrative.slice(sentence.start, intro.at).includes(',') && (DAY_THEN_WHEN.test(narrative.slice(intro.at, clause.start)) || isTimelineEntry(narrative, sentence, intro));
  const last = earlier[earlier.length - 1];
  const rightBefore = last && RIGHT_AFTER.test(narrative.slice(last.at + last.text.length, clause.start));
  const occasion = last && OCCASION_OF_CLAUSE.test(narrative.slice(Math.max(sentence.start, clause.start - 12), clause.start));
  const phrase = introOnly ? intro : rightBefore || occasion ? last : undefined;
  if (phrase) return { date: phrase.precision === 'vague' || !publishedAt ? null : phrase.resolve(publishedAt, tense), vague: phrase.precision === 'vague' };
  const offset = offsetBefore(narrative, clause.start);
  const hours = HOURS_AFTER.test(narrative.slice(Math.max(sentence.start, clause.start - 30), clause.start));
  if (offset === null && !hours) return { date: null, vague: false };
  if (hours && offset === null && OVERNIGHT.test(narrative.slice(clause.start, clause.end))) return { date: null, vague: false };
  const exact = earlier.filter((candidate) => candidate.precision === 'exact');
  const base = exact.length > 0 && publishedAt ? (exact[exact.length - 1]?.resolve(publishedAt, 'past') ?? null) : hours ? null : latestDateBefore(sentence.start);
  return { date: shift(base, offset ?? 0), vague: false };
}

/** "JUNE 4 - Vos telephones Tiede": an entry of a timeline, whose heading dates what it lists. */
function isTimelineEntry(narrative: string, sentence: Range, intro: { at: number; text: string }): boolean {
  return /^\s*$/.test(narrative.slice(sentence.start, intro.at)) && TIMELINE_DASH.test(narrative.slice(intro.at + intro.text.length, intro.at + intro.text.length + 4));
}

/** The date of the latest earlier sentence that dates its event exactly: what "a day after" counts from. */
export function latestDateBefore(document: ArticleDocument, publishedAt: IsoDate | null): (at: number) => IsoDate | null {
  return (at) => {
    if (!publishedAt) return null;
    for (let index = document.sentences.length - 1; index >= 0; index -= 1) {
      const sentence = document.sentences[index];
      if (!sentence || sentence.start >= at) continue;
      const phrase = eventPhrases(document.narrative, sentence).find((candidate) => candidate.precision === 'exact');
      if (phrase) return phrase.resolve(publishedAt, 'past');
    }
    return publishedAt;
  };
}
