import type { Mention } from '../people/mentions';
import type { Quote } from '../text/quotes';
import { PARTY_AND_STATE, TITLE_ABBREVIATIONS, TITLE_HEADS } from '../people/lexicon';
import { isSpeechVerb, speechVerbAfterAppositive } from './speech-verbs';
import { signsQuotation } from './signatures';

const VERB_FIRST = /^\s*,?\s*([\p{L}]+)(\s+on\b)?/u;
const AUXILIARIES = /^(?:\s+(?:has|had|also|then|later|again|only|separately))+/;
/** "the opposition leader, " or "Mrs " before the name. */
const DESCRIPTION = /^\s*,?\s*(?:(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}-]*['’]s)\s+[^,.;:“”‘’"]{1,60},\s*)?(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+)?$/u;
/** "union leader ", "Senator ", "NFF president " before the name: up to three words ending in a title. */
const BARE_TITLE = /^\s*,?\s*(?:[\p{L}][\p{L}.&-]*\s+){0,3}?([\p{L}][\p{L}-]*)\.?\s+$/u;
/** "election law expert ", "Clark County Sheriff ", "Italy's Northern League leader ": up to four words of occupation before a name. */
const OCCUPATION = /^\s*,?\s*(?:(?!(?:and|but|or|nor|that|which|who|whom|as|when|while|if|because|after|before|since|so|then|where|whether|than|with|to|for|of|on|in|at|by)\s)[\p{L}][\p{L}.&'’-]*\s+){1,4}$/u;
/** "said " or "said the opposition leader, " before the name. */
const VERB_THEN_DESCRIPTION = /^\s*,?\s*[\p{L}]+\s+(?:(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}-]*['’]s)\s+[^,.;:“”‘’"]{1,60},\s*|(?:[\p{L}][\p{L}.-]*\s+){0,4})$/u;
const ACCORDING_TO = /^\s*,?\s*according\s+to\s+(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:statement|readout|post|communiqu[eé]|release|report|account)\s+(?:from|by|of|issued by|released by|published by)\s+)?$/u;

/** Whether the text opens with a speech verb: "said", "wrote", "went on". */
export function opensWithSpeechVerb(text: string): boolean {
  const match = VERB_FIRST.exec(text.replace(AUXILIARIES, ''));
  const word = match?.[1] ?? '';
  return isSpeechVerb(word) || (word === 'went' && Boolean(match?.[2]));
}

/**
 * The speaker named right after a quotation's closing mark: "…,” Vos said", "…,” said
 * Krell", "…,” a spokesperson for Haldane said in a statement", "…,” the opposition leader,
 * Ilka Marlow, wrote", "…,” according to a statement from the ministry".
 */
export function mentionAfterQuote(narrative: string, quote: Quote, mentions: readonly Mention[], limit: number): Mention | null {
  if (quote.close === null) return null;
  const from = quote.close + 1;
  const next = mentions.find((mention) => mention.start >= from && mention.start < limit && !mention.possessive);
  if (!next) return null;
  if (signsQuotation(narrative, quote.close, next.start, next.end)) return next;
  const gap = narrative.slice(from, next.start);
  const bareTitle = BARE_TITLE.exec(gap)?.[1] ?? '';
  if (DESCRIPTION.test(gap) || TITLE_HEADS.has(bareTitle.toLowerCase()) || bareTitle in TITLE_ABBREVIATIONS) {
    const after = narrative.slice(next.end, limit).replace(PARTY_AND_STATE, '');
    if (opensWithSpeechVerb(after) || speechVerbAfterAppositive(after)) return next;
  }
  if (next.kind === 'name' && OCCUPATION.test(gap) && opensWithSpeechVerb(narrative.slice(next.end, limit).replace(PARTY_AND_STATE, ''))) return next;
  if (opensWithSpeechVerb(narrative.slice(from, limit)) && VERB_THEN_DESCRIPTION.test(gap)) return next;
  if (ACCORDING_TO.test(gap)) return next;
  return null;
}

/** "…,” according to the presidency's readout": the mention after the quotation is where the words were reported, not who said them. */
export function isSourceAfterQuote(narrative: string, quote: Quote, mention: Mention): boolean {
  return quote.close !== null && ACCORDING_TO.test(narrative.slice(quote.close + 1, mention.start));
}
