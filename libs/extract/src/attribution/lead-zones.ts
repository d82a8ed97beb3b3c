import type { Range } from '../text/ranges';
import { occasionEnd } from './said-zones';
import { speechVerbsIn, type SpeechVerb } from './verb-index';

/** "When she announced the measure earlier this month, …": an opening clause belongs to the main verb's occasion. */
const OPENING_CLAUSE = /^(?:When|While|After|Before|As|Once|Speaking|Addressing|Asked|Responding|Writing|In|At|On|During|Earlier|Later)\b[^,]*,/;
/**
 * "On Tuesday, …", "At a rally in Orsk, …", "Speaking to reporters, …": what may stand
 * before a subject and tell of its occasion. Not a question put to the speaker
 * ("Asked whether …"), whose dates are the question's, nor a clause of what was said
 * ("The leaders will talk again next week, a spokeswoman said").
 */
const OPENING_ADJUNCT = /^(?:(?:When|While|After|Before|As|Once|In|At|On|During|Earlier|Later|Late|Early|Yesterday|Today|Tonight|This|Last|Hours|Minutes|Shortly|Following|Within)\b|\p{Lu}\p{Ll}+ing\b)/u;
/**
 * "…, when she accused", "…, when President Ivo Marsk threatened", "… at a rally on Friday,
 * where she told": a clause about the time or place of the one before it, which dates it.
 */
const WHEN_BEFORE = /\b(?:when|where|as|while|after|before)\s+(?:(?:President|Prime\s+Minister|Chancellor|Premier|Minister|the)\s+)*$/;
/** Where the clause of a verb starts: after the last comma or "that" before it. */
const CLAUSE_BREAK = /(?:,|\bthat)\s+/g;
/** ", which described …": the verb of a relative clause is dated by its own clause, not the sentence's. */
const RELATIVE_SUBJECT = /,\s+(?:which|who)\s+(?:had\s+|has\s+|also\s+)?$/;
const RELATIVE_WITH_SUBJECT = /\b(?:that|which)\s+(?=(?:the|a|an|his|her|its|their)\s|\p{Lu})/gu;
/** "… and told", "…, adding": a verb that goes on from the one before, with its subject. */
const AND_BEFORE = /\band\s+(?:(?:also|then|later|again|\p{Ll}+ly)\s+)?$/u;

/** The verb a statement hangs on and where its subject is, when the attribution knows them. */
export interface SaidAnchor {
  subjectAt?: number | null;
  verbAt?: number | null;
}

/**
 * The part of a sentence before its verb that may tell of the occasion: an opening
 * phrase about it or a clause whose time it shares ("… on Friday, when she wrote"), then
 * the subject up to the verb ("Hollmann, in a statement on Tuesday, said"). Without a
 * known subject, all that comes before the verb.
 */
export function leadZones(narrative: string, sentenceStart: number, subjectAt: number | null, verbAt: number): Range[] {
  if (subjectAt === null || subjectAt <= sentenceStart || subjectAt >= verbAt) return [{ start: sentenceStart, end: verbAt }];
  const opening = narrative.slice(sentenceStart, subjectAt);
  const timed = WHEN_BEFORE.test(narrative.slice(Math.max(sentenceStart, subjectAt - 32), subjectAt));
  const zones: Range[] = OPENING_ADJUNCT.test(opening) || timed ? [{ start: sentenceStart, end: subjectAt }] : [];
  zones.push({ start: subjectAt, end: verbAt });
  return zones;
}

/**
 * Before a quotation with no speech verb ahead of it: "Their last talk, a call on
 * Friday, had been “…,” he said" leads with what was said, so only an opening phrase
 * about the occasion counts ("At the rally on Friday, “…”"), or a lead that introduces
 * the words with a colon ("Vos was blunter on Friday: “…”").
 */
export function verblessLead(narrative: string, sentenceStart: number, quoteOpen: number): Range[] {
  const lead = narrative.slice(sentenceStart, quoteOpen);
  if (/:\s*$/.test(lead)) return [{ start: sentenceStart, end: quoteOpen }];
  if (!OPENING_ADJUNCT.test(lead)) return [];
  const comma = lead.indexOf(',');
  return [{ start: sentenceStart, end: comma === -1 ? quoteOpen : sentenceStart + comma }];
}

/**
 * The parts of a sentence that say when and where its speaker spoke: what comes before
 * the first speech verb (minus relative clauses that are not about speaking), and the
 * speech verbs with their occasion phrases: the first, the one the statement hangs on and
 * those that go on from them ("and told", ", adding"). The complements ("said [that] …",
 * and the verbs inside them: "said the tariff announced on Monday would …") are left out.
 */
export function saidZones(narrative: string, sentence: Range, end: number, anchor: SaidAnchor = {}): Range[] {
  const opening = OPENING_CLAUSE.exec(narrative.slice(sentence.start, end));
  const openingEnd = sentence.start + (opening?.[0].length ?? 0);
  const asides = closedRelativeClauses(narrative, openingEnd, end);
  const subjectAt = anchor.subjectAt ?? null;
  const ownVerb = (verb: SpeechVerb) => !asides.some((aside) => verb.start >= aside.start && verb.start < aside.end) && (subjectAt === null || verb.start > subjectAt);
  const verbs = speechVerbsIn(narrative, openingEnd, end).filter(ownVerb);
  const first = verbs[0];
  if (!first) return [];
  const relative = RELATIVE_SUBJECT.exec(narrative.slice(Math.max(sentence.start, first.start - 12), first.start));
  const zones = relative
    ? [{ start: first.start - relative[0].length, end: first.start }]
    : leadZones(narrative, relativeClauseStart(narrative, sentence.start, first.start), subjectAt, first.start);
  const anchorVerb = verbs.find((verb) => verb.start === anchor.verbAt);
  if (anchorVerb && subjectAt !== null && subjectAt > first.start && subjectAt < anchorVerb.start) zones.push(...leadZones(narrative, sentence.start, subjectAt, anchorVerb.start).slice(0, -1));
  for (const verb of verbs) {
    if (verb !== first && verb.start !== anchor.verbAt && !goesOn(narrative, sentence.start, verb)) continue;
    zones.push({ start: clauseStart(narrative, openingEnd, verb.start), end: occasionEnd(narrative, verb, end) });
  }
  return zones;
}

/** "… and told", "…, adding": a verb that goes on from the one before it, with the same subject. */
export function goesOn(narrative: string, sentenceStart: number, verb: SpeechVerb): boolean {
  const before = narrative.slice(Math.max(sentenceStart, verb.start - 24), verb.start);
  return AND_BEFORE.test(before) || (/,\s*$/.test(before) && verb.word.endsWith('ing'));
}

/** A relative clause closed before the quotation and not about speaking: "Vos, who had called Tiede on Monday, said …". */
const CLOSED_RELATIVE = /,\s+(?:who|which)\b[^,]*,/g;
const SPEAKING_RELATIVE = /^,\s+who\s+(?:had\s+)?(?:addressed|spoke|told|said|wrote|posted|gave|delivered|appeared)\b/;

export function closedRelativeClauses(narrative: string, from: number, to: number): Range[] {
  const text = narrative.slice(from, to);
  if (!text.includes('wh')) return [];
  return [...text.matchAll(CLOSED_RELATIVE)]
    .filter((found) => !SPEAKING_RELATIVE.test(found[0]))
    .map((found) => ({ start: from + found.index, end: from + found.index + found[0].length }));
}

/**
 * "The leaders will meet next month, after a call that the chancellor described as …":
 * a verb in a relative clause with its own subject is dated by that clause alone.
 */
function relativeClauseStart(narrative: string, sentenceStart: number, verbAt: number): number {
  let start = sentenceStart;
  for (const found of narrative.slice(sentenceStart, verbAt).matchAll(RELATIVE_WITH_SUBJECT)) start = sentenceStart + found.index;
  return start;
}

/** "…, three days after the Tessalian prime minister accused": the verb's own clause, whose opening may date it. */
function clauseStart(narrative: string, from: number, verbAt: number): number {
  let start = from;
  for (const found of narrative.slice(from, verbAt).matchAll(CLAUSE_BREAK)) start = from + found.index + found[0].length;
  return start;
}
