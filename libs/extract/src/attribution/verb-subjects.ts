import type { Mention } from '../people/mentions';
import { PREPOSITIONS } from '../people/lexicon';
import type { Quote } from '../text/quotes';
import type { Range } from '../text/ranges';
import { isParticiple, isSpeechVerb } from './speech-verbs';

const AUXILIARIES = /(?:\s+(?:has|had|have|also|then|later|again|only|once|previously|earlier|repeatedly|separately|would|will|was|were|is|quickly|publicly|privately|simply|flatly))*\s*$/;
const WORD_AFTER = /^\s*,?\s*([\p{L}]+)/u;

/** Whether a mention follows a preposition ("In the readout", "with Carney"), so is no subject. */
export function isPrepositionalObject(narrative: string, mention: Mention): boolean {
  const before = /([\p{L}]+)\s+$/u.exec(narrative.slice(Math.max(0, mention.start - 20), mention.start))?.[1] ?? '';
  return PREPOSITIONS.has(before.toLowerCase());
}

/**
 * The subject of the verb at `verbStart`: for a participle ("…, saying"), the main
 * subject of the sentence; for a finite verb, the mention just before it, skipping a
 * parenthesis set off by commas ("Mira Castell, a trade analyst at …, said").
 */
export function subjectOfVerb(narrative: string, sentence: Range, mentions: readonly Mention[], verbStart: number, verb: string): Mention | null {
  const before = mentions.filter((mention) => mention.start >= sentence.start && mention.end <= verbStart && !mention.possessive);
  if (before.length === 0) return null;
  if (isParticiple(verb)) return before.find((mention) => !isPrepositionalObject(narrative, mention) && mention.kind !== 'pronoun') ?? before.find((mention) => !isPrepositionalObject(narrative, mention)) ?? before[0] ?? null;
  const lead = narrative.slice(sentence.start, verbStart).replace(AUXILIARIES, '');
  if (lead.endsWith(',')) {
    for (let index = before.length - 1; index >= 0; index -= 1) {
      const mention = before[index] as Mention;
      if (/^\s*,/.test(narrative.slice(mention.end, mention.end + 3)) || /^\s+of\s+(?:the\s+)?[\p{Lu}][^,]*,/u.test(narrative.slice(mention.end, verbStart))) {
        if (mention.kind !== 'relative') return mention;
      }
    }
    return before[0] ?? null;
  }
  const nearest = before[before.length - 1] as Mention;
  const gap = lead.slice(nearest.end - sentence.start);
  if (!gap.includes(',') && gap.trim().split(/\s+/).filter(Boolean).length <= 6) return nearest;
  return coordinatedSubject(narrative, sentence, mentions, verbStart);
}

/** "He said … and accused Eskara of …": a verb after "and" shares the subject of the speech verb before it. */
function coordinatedSubject(narrative: string, sentence: Range, mentions: readonly Mention[], verbStart: number): Mention | null {
  if (!/\band\s+$/.test(narrative.slice(Math.max(sentence.start, verbStart - 8), verbStart))) return null;
  const earlier = speechVerbsIn(narrative, sentence.start, verbStart - 4);
  const previous = earlier[earlier.length - 1];
  return previous ? subjectOfVerb(narrative, sentence, mentions, previous.start, previous.word) : null;
}

export interface SpeechVerb {
  start: number;
  word: string;
}

/** Speech verbs in the narrative between `from` and `to`, outside quotations. */
export function speechVerbsIn(narrative: string, from: number, to: number): SpeechVerb[] {
  const verbs: SpeechVerb[] = [];
  const slice = narrative.slice(from, to);
  for (const match of slice.matchAll(/[\p{L}]+/gu)) {
    if (isSpeechVerb(match[0]) && /\p{Ll}/u.test(match[0].charAt(0))) {
      verbs.push({ start: from + match.index, word: match[0].toLowerCase() });
    }
  }
  return verbs;
}

/**
 * The speaker named right after a quotation's closing mark: "…,” Ruiz said", "…,” said
 * Rusk", "…,” a spokesperson for Aransen said in a statement".
 */
export function mentionAfterQuote(narrative: string, quote: Quote, mentions: readonly Mention[], limit: number): Mention | null {
  if (quote.close === null) return null;
  const from = quote.close + 1;
  const next = mentions.find((mention) => mention.start >= from && mention.start < limit);
  const gap = next ? narrative.slice(from, next.start) : '';
  if (next && /^\s*,?\s*$/.test(gap)) {
    const after = WORD_AFTER.exec(narrative.slice(next.end, limit).replace(/^(?:\s+(?:has|had|also|then|later|again|only))+/, ''))?.[1] ?? '';
    if (isSpeechVerb(after)) return next;
  }
  const verb = WORD_AFTER.exec(narrative.slice(from, limit))?.[1] ?? '';
  if (next && isSpeechVerb(verb) && /^\s*,?\s*[\p{L}]+\s+(?:\p{Lu}[\p{L}.]*\s+)*$/u.test(gap)) return next;
  return null;
}
