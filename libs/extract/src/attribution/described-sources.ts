import { MASK } from '../text/document';
import type { Quote } from '../text/quotes';
import type { Range } from '../text/ranges';
import { isParticiple, isSpeechVerb, SPEECH_VERBS } from './speech-verbs';
import type { SpeechVerb } from './verb-index';

/** A speaker the narrative describes without naming: "a campaign spokesman", "the company", "the businessman". */
export interface DescribedSource {
  source: Range;
  verb: SpeechVerb;
  /** "the businessman": a definite description, which takes up someone already spoken of. */
  definite: boolean;
}

const AUXILIARY = '(?:(?:has|had|have|also|then|later|again|would|will|once|previously|recently|simply|quickly|just)\\s+)*';
/** A noun phrase of up to eight words, with no clause mark inside. */
const PHRASE = `((?:[\\p{L}\\p{N}][\\p{L}\\p{N}’'.&-]*\\s+){0,7}?[\\p{L}\\p{N}][\\p{L}\\p{N}’'&-]*)`;
const VERB = `(${[...SPEECH_VERBS].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`;
const CLOSING = `^[.!?]?[”"’']*[,.!?]?[”"’']*\\s*,?\\s*`;
/** "…,” a spokesman said", "…,” the company said in a statement". */
const DESCRIPTION_THEN_VERB = new RegExp(`${CLOSING}${PHRASE}(?:,\\s+[^,.;:“”"·]{1,80},)?\\s+${AUXILIARY}${VERB}`, 'u');
/** "…,” said a campaign spokesman", "…,” says a narrator". */
const VERB_THEN_DESCRIPTION = new RegExp(`${CLOSING}${VERB}\\s+${PHRASE}(?=\\s*(?:[,.;:!?]|$|\\s(?:on|in|at|during|after|before|when|while|as|to|of)\\s))`, 'u');
/** "…” are not the same, the candidate said Friday.": a description and its verb closing the sentence after the quotation. */
const CLOSING_CLAUSE = new RegExp(`,\\s+${PHRASE}\\s+${AUXILIARY}${VERB}[^,;:·“”"]*$`, 'u');
/** "according to the report": the words come from a document or an outlet. */
const ACCORDING_TO = new RegExp(`${CLOSING}according\\s+to\\s+${PHRASE}(?=\\s*(?:[,.;:!?]|$))`, 'u');
/** Words that open a clause, not a speaker: "…,” and said", "…,” but added". */
const NOT_A_SUBJECT = /^(?:and|but|or|so|then|which|who|that|as|if|when|while|he|she|it|they|we|i|you|him|her|them|this|there)$/i;
/** "…,” it said", "…,” they said": a body or a group the article spoke of before, taken up by a pronoun no person answers to. */
const IMPERSONAL = /^(?:it|they)$/i;
/** "…,” I said", "We asked, “…”": the writer, whom the article does not name. */
const FIRST_PERSON = /^(?:I|we|We)$/;
const isPronounSource = (phrase: string) => IMPERSONAL.test(phrase) || FIRST_PERSON.test(phrase);
const DETERMINER = /^(?:(?:the|a|an|one|another|two|three|several|some|many|other|his|her|their|its|our)\s|\p{Lu}[\p{L}.-]*['’]s?\s)/iu;

function words(phrase: string): string[] {
  return phrase.trim().split(/\s+/);
}

export function isDescription(phrase: string): boolean {
  const all = words(phrase);
  return all.length > 0 && !NOT_A_SUBJECT.test(all[0] ?? '') && !all.some((word) => isSpeechVerb(word)) && !phrase.includes(MASK);
}

/** A phrase of capitalised words only ("Politico", "Reyes Pilar"): a name the article may not have introduced. */
export function isCapitalisedName(phrase: string): boolean {
  return words(phrase).every((word) => /^\p{Lu}/u.test(word));
}

function described(start: number, phrase: string, verbAt: number, verbWord: string): DescribedSource {
  return { source: { start, end: start + phrase.length }, verb: { start: verbAt, word: verbWord.toLowerCase() }, definite: /^the\s/i.test(phrase) };
}

/**
 * The described speaker of a quotation, read from the words right after it ("…,” a
 * spokesman said", "…,” says a narrator", "…,” according to the report") or before it in
 * its sentence ("The company said in a statement that it “…”").
 */
export function describedSource(narrative: string, sentence: Range, quote: Quote): DescribedSource | null {
  if (quote.close !== null) {
    const from = quote.close + 1;
    const after = narrative.slice(from, sentence.end);
    const inverted = VERB_THEN_DESCRIPTION.exec(after);
    if (inverted && isSpeechVerb(inverted[1] ?? '') && DETERMINER.test(inverted[2] ?? '') && isDescription(inverted[2] ?? '')) {
      const phrase = inverted[2] ?? '';
      return described(from + inverted.index + inverted[0].length - phrase.length, phrase, from + inverted[0].indexOf(inverted[1] ?? ''), inverted[1] ?? '');
    }
    const plain = DESCRIPTION_THEN_VERB.exec(after);
    if (plain && !isParticiple(plain[2] ?? '') && (isDescription(plain[1] ?? '') || isPronounSource(plain[1] ?? ''))) {
      const phrase = plain[1] ?? '';
      const at = from + after.indexOf(phrase);
      return described(at, phrase, from + plain.index + plain[0].length - (plain[2] ?? '').length, plain[2] ?? '');
    }
    const closing = CLOSING_CLAUSE.exec(after.replace(/[.!?\s]+$/, ''));
    if (closing && !isParticiple(closing[2] ?? '') && DETERMINER.test(closing[1] ?? '') && isDescription(closing[1] ?? '')) {
      const phrase = closing[1] ?? '';
      const at = from + closing.index + closing[0].indexOf(phrase);
      return described(at, phrase, at + closing[0].slice(closing[0].indexOf(phrase)).indexOf(closing[2] ?? '', phrase.length), closing[2] ?? '');
    }
    const according = ACCORDING_TO.exec(after);
    if (according && isDescription(according[1] ?? '')) {
      const phrase = according[1] ?? '';
      const at = from + according.index + according[0].length - phrase.length;
      return described(at, phrase, from + after.indexOf('according'), 'according to');
    }
  }
  return describedBefore(narrative, sentence, quote);
}

const CLAUSE_START = /(?:^|[,;:—–(·”"]\s*|\bthat\s+|\band\s+|\bbut\s+|\bas\s+)(?=(?:[^,;:—–(·”"]|\bas\s)*$)/u;
/** "As the Ledger reported, “…”": the conjunction opening the clause is not part of the source. */
const OPENING_AS = /^[Aa]s\s+/;

/** "the former trade minister and current leader of the opposition in parliament": a description is at most twelve words. */
const MAX_DESCRIPTION_WORDS = 12;

/** "The company said in a statement that it was “…”": the subject of the last speech verb before the quotation. */
function describedBefore(narrative: string, sentence: Range, quote: Quote): DescribedSource | null {
  const lead = narrative.slice(sentence.start, quote.open);
  const verbs = [...lead.matchAll(/\b(\p{Ll}+)\b/gu)].filter((match) => isSpeechVerb(match[1] ?? ''));
  // "the businessman said, arguing that …": a participle shares the subject of the finite verb before it.
  const finite = verbs.filter((match) => !isParticiple(match[1] ?? ''));
  const verb = finite[finite.length - 1] ?? verbs[verbs.length - 1];
  if (!verb) return accordingToBefore(lead, sentence.start);
  const head = lead.slice(0, verb.index).replace(new RegExp(`\\s+${AUXILIARY}$`, 'u'), '').replace(/\s+(?:has|had|have|also|then|later)$/u, '');
  const clause = CLAUSE_START.exec(head);
  const phrase = head.slice(clause ? clause.index + clause[0].length : 0).trim().replace(OPENING_AS, '');
  if (!phrase || words(phrase).length > MAX_DESCRIPTION_WORDS || !((isDescription(phrase) && /^(?:\p{Lu}|the\s|a\s|an\s|one\s|another\s)/u.test(phrase)) || isPronounSource(phrase))) return null;
  const start = sentence.start + head.lastIndexOf(phrase);
  return described(start, phrase, sentence.start + (verb.index ?? 0), verb[1] ?? '');
}

/** "According to the newspaper, “…”", "Over the long term, according to the budget office, the rise …": a source set off before the quotation. */
const ACCORDING_BEFORE = new RegExp(`\\b[Aa]ccording\\s+to\\s+${PHRASE}\\s*[,:]`, 'u');

function accordingToBefore(lead: string, offset: number): DescribedSource | null {
  const according = ACCORDING_BEFORE.exec(lead);
  const phrase = according?.[1] ?? '';
  // "According to Foreign Minister Sara Lindqvist of Nordmark": a person's name, which the rules for people read.
  if (!according || !isDescription(phrase) || !(DETERMINER.test(phrase) || isCapitalisedName(phrase))) return null;
  return described(offset + according.index + according[0].lastIndexOf(phrase), phrase, offset + according.index, 'according to');
}
