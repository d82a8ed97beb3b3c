import { isLetterOrDigit, isSpace } from '../text/letters';
import type { Range } from '../text/ranges';
import type { SpeechVerb } from './verb-index';

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
  'defended', 'blamed', 'gave', 'delivered', 'issued', 'released', 'unveiled', 'announced', 'confirmed', 'threatened', 'proposed', 'demanded',
  'denied', 'repeated', 'reiterated', 'rejected', 'floated', 'raised',
]);
/**
 * "announced the tariff would …", "accused Sardova of …", "described the talks as …": what
 * follows the object is what was said, not a phrase about the occasion.
 */
/** "said the day before that call", "two days after the call": a count of days from a call, which dates the saying. */
const DAYS_FROM_EVENT = /^(?:the\s+day|(?:a|one|two|three|four|five|six)\s+days?)\s+(?:before|after)\s+(?:the|that|their|this)\s+(?:[\p{L}-]+\s+){0,2}?(?:call|conversation)\b/iu;
const COMPLEMENT_OPENERS = new Set(['would', 'will', 'could', 'should', 'might', 'must', 'may', 'can', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'of', 'as']);
/** "told an audience of small manufacturers on Monday", "addressed a meeting of party members": here "of" goes on with the audience. */
const AUDIENCE_VERBS = new Set(['told', 'tells', 'telling', 'addressed', 'addressing', 'briefed']);
/** "released its account of the call late on Tuesday": what a document is of goes on with the object. */
const ISSUED_DOCUMENT = /^(?:account|statement|readout|communiqu[eé]|transcript|summary)$/;
const CHANNEL_NOUN = /\b(?:interview|statement|post|speech|address|broadcast|readout|briefing|conference|message|video|programme|show)\b/;
/** Marks that stand as words of their own. */
const MARKS = ',;:.!?“”‘’"';
const APPOSITIVE_NAME = /^\s*\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*\s*,/u;
/** A phrase about the occasion ends with its day ("on Thursday| she expected …") or before a pronoun. */
const DATE_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,2}(?:st|nd|rd|th)?|morning|afternoon|evening|night|week|month|year)$/;
/** "said Thursday", "told reporters Monday evening": a wire story's day with no "on". */
const WEEKDAY_NAME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const MAX_OBJECT_WORDS = 5;
const MAX_PHRASE_WORDS = 7;
const CLAUSE_AFTER_QUOTE = /\bthat\b|,\s+(?:and|as|adding|saying|when|while|after|before|but|because|although|though|since)\b|\band\s+that\b|;/;

interface Word {
  text: string;
  end: number;
}

/** The word, mark or other character after `at` and any white space, when it ends by `limit`. */
function wordAt(narrative: string, at: number, limit: number): Word | null {
  let from = at;
  while (from < narrative.length && isSpace(narrative.charAt(from))) from += 1;
  if (from >= narrative.length) return null;
  const first = narrative.charAt(from);
  let end = from + 1;
  if (!MARKS.includes(first) && isWordCharacter(first)) {
    while (end < narrative.length && isWordCharacter(narrative.charAt(end))) end += 1;
  }
  return end > limit ? null : { text: narrative.slice(from, end), end };
}

const isWordCharacter = (char: string) => isLetterOrDigit(char) || char === '’' || char === "'" || char === '-';

/**
 * Where the phrases about a speech verb's occasion end: "told reporters in Orsk on
 * Friday| that …", "said in an interview that aired on Sunday| that …", "said| his
 * members …". What follows is what was said, whose dates are not the day of saying.
 */
export function occasionEnd(narrative: string, verb: SpeechVerb, limit: number): number {
  let at = verb.start + verb.word.length;
  if (OBJECT_FIRST.has(verb.word)) {
    let previous = '';
    for (let count = 0; count < MAX_OBJECT_WORDS; count += 1) {
      const word = wordAt(narrative, at, limit);
      if (!word || !/^[\p{L}\p{N}’'-]+$/u.test(word.text) || ADJUNCT_OPENERS.has(word.text.toLowerCase()) || word.text === 'that') break;
      const documentOf = word.text === 'of' && ISSUED_DOCUMENT.test(previous);
      if (COMPLEMENT_OPENERS.has(word.text) && !(word.text === 'of' && AUDIENCE_VERBS.has(verb.word)) && !documentOf) return at;
      if (documentOf) count -= 2;
      previous = word.text.toLowerCase();
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
    const bareDay = opener !== null && WEEKDAY_NAME.test(opener.text);
    const openerAt = opener === null ? at : opener.end - opener.text.length;
    const counted = opener !== null && !ADJUNCT_OPENERS.has(lower) ? DAYS_FROM_EVENT.exec(narrative.slice(openerAt, limit)) : null;
    if (counted) {
      at = openerAt + counted[0].length;
      continue;
    }
    if (!opener || (!ADJUNCT_OPENERS.has(lower) && !relative && !bareDay)) return at;
    at = opener.end;
    let datedBy = bareDay;
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

/** After a quotation: "…,” Hollmann wrote on X late on Monday" up to what would start another clause. */
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
