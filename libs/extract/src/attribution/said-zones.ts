import type { Range } from '../text/ranges';
import { speechVerbsIn, type SpeechVerb } from './verb-index';

/** Words that open a phrase telling where, when or how something was said. */
const ADJUNCT_OPENERS = new Set([
  'on', 'in', 'at', 'to', 'during', 'outside', 'inside', 'from', 'via', 'through', 'with', 'late', 'early', 'earlier',
  'later', 'this', 'last', 'yesterday', 'today', 'tonight', 'separately', 'also', 'again', 'publicly', 'privately',
  'repeatedly', 'then', 'shortly', 'before', 'after', 'afterwards', 'broadcast', 'published', 'released', 'issued',
  'aired', 'posted', 'recorded', 'televised', 'carried', 'by', 'over', 'for', 'about',
]);
/** Verbs whose object comes before the phrases about the occasion: "told reporters on Friday". */
const OBJECT_FIRST = new Set([
  'told', 'tells', 'telling', 'assured', 'informed', 'briefed', 'addressed', 'addressing', 'urged', 'warned', 'accused', 'thanked', 'reminded',
  'described', 'describing', 'called', 'calling', 'branded', 'labelled', 'labeled', 'dismissed', 'praised', 'criticised', 'criticized', 'welcomed',
  'defended', 'blamed', 'gave', 'delivered', 'issued', 'released', 'unveiled',
]);
const CHANNEL_NOUN = /\b(?:interview|statement|post|speech|address|broadcast|readout|briefing|conference|message|video|programme|show)\b/;
const WORD = /\s*([,;:.!?“”‘’"]|[\p{L}\p{N}’'-]+|\S)/uy;
const APPOSITIVE_NAME = /^\s*\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*\s*,/u;
/** "When she announced the measure earlier this month, …": an opening clause belongs to the main verb's occasion. */
const OPENING_CLAUSE = /^(?:When|While|After|Before|As|Once|Speaking|Addressing|Asked|Responding|Writing|In|At|On|During|Earlier|Later)\b[^,]*,/;
/** Where the clause of a verb starts: after the last comma or "that" before it. */
const CLAUSE_BREAK = /(?:,|\bthat)\s+/g;
/** ", which described …": the verb of a relative clause is dated by its own clause, not the sentence's. */
const RELATIVE_SUBJECT = /,\s+(?:which|who)\s+(?:had\s+|has\s+|also\s+)?$/;
const RELATIVE_WITH_SUBJECT = /\b(?:that|which)\s+(?=(?:the|a|an|his|her|its|their)\s|\p{Lu})/gu;
/** A phrase about the occasion ends with its day ("on Thursday| she expected …") or before a pronoun. */
const DATE_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,2}(?:st|nd|rd|th)?|morning|afternoon|evening|night|week|month|year)$/;
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const MAX_OBJECT_WORDS = 5;
const MAX_PHRASE_WORDS = 7;
const CLAUSE_AFTER_QUOTE = /\bthat\b|,\s+(?:and|as|adding|saying|when|while|after|before|but|because|although|though|since)\b|\band\s+that\b|;/;

interface Word {
  text: string;
  end: number;
}

function wordAt(narrative: string, at: number, limit: number): Word | null {
  WORD.lastIndex = at;
  const match = WORD.exec(narrative);
  if (!match || match.index + match[0].length > limit) return null;
  return { text: match[1] ?? '', end: match.index + match[0].length };
}

/**
 * Where the phrases about a speech verb's occasion end: "told reporters in Orsk on
 * Friday| that …", "said in an interview that aired on Sunday| that …", "said| his
 * members …". What follows is what was said, whose dates are not the day of saying.
 */
export function occasionEnd(narrative: string, verb: SpeechVerb, limit: number): number {
  let at = verb.start + verb.word.length;
  if (OBJECT_FIRST.has(verb.word)) {
    for (let count = 0; count < MAX_OBJECT_WORDS; count += 1) {
      const word = wordAt(narrative, at, limit);
      if (!word || !/^[\p{L}\p{N}’'-]+$/u.test(word.text) || ADJUNCT_OPENERS.has(word.text.toLowerCase()) || word.text === 'that') break;
      at = word.end;
    }
  }
  return adjunctsEnd(narrative, at, limit);
}

/** Where the phrases about an occasion that start at `from` end ("at a campaign stop in Lenby on Wednesday"). */
export function adjunctsEnd(narrative: string, from: number, limit: number): number {
  let at = from;
  let sawChannel = false;
  for (;;) {
    at = skipAppositive(narrative, at, limit);
    const opener = wordAt(narrative, at, limit);
    const lower = opener?.text.toLowerCase() ?? '';
    const relative = sawChannel && (lower === 'that' || lower === 'which');
    if (!opener || (!ADJUNCT_OPENERS.has(lower) && !relative)) return at;
    at = opener.end;
    let datedBy = false;
    for (let count = 0; count < MAX_PHRASE_WORDS; count += 1) {
      const word = wordAt(narrative, at, limit);
      const lowerWord = word?.text.toLowerCase() ?? '';
      if (!word || !/^[\p{L}\p{N}’'-]+$/u.test(word.text) || word.text === 'that' || ADJUNCT_OPENERS.has(lowerWord) || PRONOUNS.has(lowerWord)) break;
      const dateWord = DATE_WORDS.test(lowerWord);
      if (datedBy && !dateWord) break;
      datedBy ||= dateWord;
      if (CHANNEL_NOUN.test(lowerWord)) sawChannel = true;
      at = word.end;
    }
  }
}

/** ", Orsk, on Thursday": a comma that sets off a place's name, or comes before another occasion phrase. */
function skipAppositive(narrative: string, at: number, limit: number): number {
  const comma = wordAt(narrative, at, limit);
  if (comma?.text !== ',') return at;
  const next = wordAt(narrative, comma.end, limit);
  if (next && ADJUNCT_OPENERS.has(next.text.toLowerCase())) return comma.end;
  const name = APPOSITIVE_NAME.exec(narrative.slice(comma.end, limit));
  return name ? comma.end + name[0].length : at;
}

/**
 * The parts of a sentence that say when and where its speaker spoke: what comes before
 * the first speech verb (minus relative clauses that are not about speaking), and each
 * speech verb with its occasion phrases. The complements ("said [that] …") are left out.
 */
export function saidZones(narrative: string, sentence: Range, end: number): Range[] {
  const opening = OPENING_CLAUSE.exec(narrative.slice(sentence.start, end));
  const openingEnd = sentence.start + (opening?.[0].length ?? 0);
  const asides = closedRelativeClauses(narrative, openingEnd, end);
  const verbs = speechVerbsIn(narrative, openingEnd, end).filter((verb) => !asides.some((aside) => verb.start >= aside.start && verb.start < aside.end));
  if (verbs.length === 0) return [];
  const first = verbs[0] as SpeechVerb;
  const relative = RELATIVE_SUBJECT.exec(narrative.slice(Math.max(sentence.start, first.start - 12), first.start));
  const zones: Range[] = [{ start: relative ? first.start - relative[0].length : relativeClauseStart(narrative, sentence.start, first.start), end: first.start }];
  for (const verb of verbs) zones.push({ start: clauseStart(narrative, openingEnd, verb.start), end: occasionEnd(narrative, verb, end) });
  return zones;
}

/** A relative clause closed before the quotation and not about speaking: "Vos, who had called Tiede on Monday, said …". */
const CLOSED_RELATIVE = /,\s+(?:who|which)\b[^,]*,/g;
const SPEAKING_RELATIVE = /^,\s+who\s+(?:had\s+)?(?:addressed|spoke|told|said|wrote|posted|gave|delivered|appeared)\b/;

export function closedRelativeClauses(narrative: string, from: number, to: number): Range[] {
  return [...narrative.slice(from, to).matchAll(CLOSED_RELATIVE)]
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

/** After a quotation: "…,” Brenner wrote on X late on Monday" up to what would start another clause. */
export function tailZone(narrative: string, from: number, sentenceEnd: number): Range {
  const rest = narrative.slice(from, sentenceEnd);
  const stop = CLAUSE_AFTER_QUOTE.exec(rest);
  return { start: from, end: stop ? from + stop.index : sentenceEnd };
}

/** Words that open what was said in the narrative's own words, whose dates are not the day of saying. */
const REPORTED_CONTENT = /\b(?:that|whether|will|would|if)\b/;

/**
 * "posted a picture of the leaders on social media late on Wednesday with the words: “…”":
 * a verb whose clause runs straight into the quotation after a colon reports nothing of
 * its own, so every phrase of that clause tells of the occasion.
 */
export function introducingZone(narrative: string, verbAt: number, quoteOpen: number): Range[] {
  const clause = narrative.slice(verbAt, quoteOpen);
  return /:\s*$/.test(clause) && !REPORTED_CONTENT.test(clause) ? [{ start: verbAt, end: quoteOpen }] : [];
}
