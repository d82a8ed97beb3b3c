import type { Mention } from '../people/mentions';
import { PREPOSITIONS } from '../people/lexicon';
import { wordBefore } from '../text/letters';
import type { Range } from '../text/ranges';
import { isParticiple } from './speech-verbs';
import { speechVerbsIn, type SpeechVerb } from './verb-index';

/** "had told", "would say", "to warn": a verb in another form than a simple past or present. */
const COMPOUND_FORM = /\b(?:had|has|have|would|will|to|was|were|is|are|be|been)\s+(?:\p{Ll}+ly\s+)?$/u;

const AUXILIARY_REACH = 60;
const AUXILIARIES = /(?:\s+(?:has|had|have|also|then|later|again|only|once|previously|earlier|repeatedly|separately|would|will|was|were|is|quickly|publicly|privately|simply|flatly))*\s*$/;

/** Whether a mention follows a preposition ("In the readout", "with Haldane"), so is no subject. */
export function isPrepositionalObject(narrative: string, mention: Mention): boolean {
  return PREPOSITIONS.has(wordBefore(narrative, mention.start).toLowerCase());
}

/** Verbs after which a name is the subject, not the object: "…,” said Krell. */
const INVERTING_VERBS = new Set(['said', 'added', 'asked', 'wrote', 'argued', 'noted', 'insisted', 'warned', 'continued', 'explained', 'replied', 'declared', 'stressed', 'observed', 'remarked', 'countered', 'suggested', 'posted', 'tweeted', 'recalled', 'cautioned', 'conceded', 'acknowledged']);
const OBJECT_TAKING_VERB = /^(?:\p{Ll}+ed|told|met|rang|led|beat|hit|thanked)$/u;

/** Whether a mention is the object of the verb just before it ("telephoned Haldane"), so not whom a later "her" means. */
export function isVerbObject(narrative: string, mention: Mention): boolean {
  const before = wordBefore(narrative, mention.start);
  return OBJECT_TAKING_VERB.test(before) && !INVERTING_VERBS.has(before);
}

/** "his", "their": a pronoun that owns a noun, never a subject. */
const POSSESSIVE_DETERMINER = /^(?:his|its|their|our|my|your)$/i;

/** "He went on to back Lund, calling her …": the first mention that may be a subject, not an object nor an owner. */
function isSubjectLike(narrative: string, mention: Mention): boolean {
  if (mention.object || isPrepositionalObject(narrative, mention) || isVerbObject(narrative, mention)) return false;
  return mention.kind !== 'pronoun' || !POSSESSIVE_DETERMINER.test(narrative.slice(mention.start, mention.end));
}

/**
 * The subject of the verb at `verbStart`: for a participle ("…, saying"), the main
 * subject of the sentence; for a finite verb, the mention just before it, skipping a
 * parenthesis set off by commas ("Nora Vik, a trade analyst at …, said").
 */
export function subjectOfVerb(narrative: string, sentence: Range, mentions: readonly Mention[], verbStart: number, verb: string): Mention | null {
  const before = mentions.filter((mention) => mention.start >= sentence.start && mention.end <= verbStart && !mention.possessive);
  if (before.length === 0) return null;
  if (isParticiple(verb)) return before.find((mention) => isSubjectLike(narrative, mention)) ?? before.find((mention) => !isPrepositionalObject(narrative, mention)) ?? before[0] ?? null;
  const coordinated = coordinatedSubject(narrative, sentence, mentions, verbStart);
  if (coordinated) return coordinated;
  const lead = narrative.slice(sentence.start, auxiliariesStart(narrative, sentence.start, verbStart));
  if (lead.endsWith(',')) {
    const relative = relativeClauses(lead, sentence.start);
    for (let index = before.length - 1; index >= 0; index -= 1) {
      const mention = before[index] as Mention;
      if (relative.some(([from, to]) => mention.start >= from && mention.start < to) || mention.object || isPrepositionalObject(narrative, mention)) continue;
      if (/^\s*,/.test(narrative.slice(mention.end, mention.end + 3)) || /^\s+of\s+(?:the\s+)?[\p{Lu}][^,]*,/u.test(narrative.slice(mention.end, verbStart))) {
        if (mention.kind !== 'relative') return mention;
      }
    }
    return before[0] ?? null;
  }
  const nearest = [...before].reverse().find((mention) => !mention.object) ?? (before[before.length - 1] as Mention);
  const gap = lead.slice(nearest.end - sentence.start);
  const clause = isAppositive(narrative, nearest) ? gap.replace(/^\s*,/, '') : gap;
  if (!clause.includes(',') && !CLAUSE_BREAK.test(clause) && clause.trim().split(/\s+/).filter(Boolean).length <= 6) return nearest;
  return null;
}

/** "…ban Trump; one lawmaker called": a semicolon, colon or dash ends the clause the name is in. */
const CLAUSE_BREAK = /[;:—–]/;


/** Where the auxiliaries and adverbs just before a verb begin ("Vos| has also said"); scanned over a short tail, since the pattern is anchored at its end. */
function auxiliariesStart(narrative: string, sentenceStart: number, verbStart: number): number {
  const from = Math.max(sentenceStart, verbStart - AUXILIARY_REACH);
  const tail = narrative.slice(from, verbStart);
  return from + tail.replace(AUXILIARIES, '').length;
}

/** "Sardova’s president, Ana Vos, had …": a name set off by commas after its description. */
function isAppositive(narrative: string, mention: Mention): boolean {
  return /,\s*$/.test(narrative.slice(Math.max(0, mention.start - 3), mention.start)) && /^\s*,/.test(narrative.slice(mention.end, mention.end + 2));
}

/**
 * ", which is led by Nora Vik,", ", who wrote to the trade envoy, Ilse Maro,": no one named
 * inside is the subject of the verb after it, a name set off after the clause's last noun
 * included.
 */
const RELATIVE_CLAUSE = /,\s+(?:which|who|whose|whom)\b[^,]*,(?:\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},)?/gu;

function relativeClauses(lead: string, offset: number): Array<[number, number]> {
  return [...lead.matchAll(RELATIVE_CLAUSE)].map((match) => [offset + match.index + 1, offset + match.index + match[0].length]);
}

/**
 * "He said … and accused the neighbours of …": a verb right after "and" shares the subject
 * of the speech verb it is coordinated with, the nearest one in the same form ("the
 * presidency said the president had told her … and described …" coordinates "described"
 * with "said", not with "had told"); after no speech verb, the subject of the sentence.
 */
function coordinatedSubject(narrative: string, sentence: Range, mentions: readonly Mention[], verbStart: number): Mention | null {
  if (!/\band\s+(?:\p{Ll}+ly\s+|also\s+|then\s+)?$/u.test(narrative.slice(Math.max(sentence.start, verbStart - 24), verbStart))) return null;
  const earlier = speechVerbsIn(narrative, sentence.start, verbStart - 4);
  for (let index = earlier.length - 1; index >= 0; index -= 1) {
    const previous = earlier[index] as SpeechVerb;
    if (isParticiple(previous.word) || COMPOUND_FORM.test(narrative.slice(Math.max(sentence.start, previous.start - 12), previous.start))) continue;
    return subjectOfVerb(narrative, sentence, mentions, previous.start, previous.word);
  }
  // "Okafor stood by his remarks about the judge and said …": with no speech verb before, the subject of the sentence.
  const subject = mentions.find((mention) => mention.start >= sentence.start && mention.end < verbStart && !mention.possessive && !mention.object && mention.kind !== 'relative' && !isPrepositionalObject(narrative, mention));
  return subject?.kind === 'group' ? null : (subject ?? null);
}
