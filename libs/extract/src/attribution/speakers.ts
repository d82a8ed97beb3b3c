import type { Entity } from '../people/entities';
import type { Mention } from '../people/mentions';
import type { ResolvedMentions } from '../people/resolve';
import { MASK, type ArticleDocument } from '../text/document';
import type { Quote } from '../text/quotes';
import { indexOfRangeAt } from '../text/ranges';
import { introducesName, looksLikeTitle } from './non-statements';
import { NAMING_VERBS } from './speech-verbs';
import { mentionAfterQuote, opensWithSpeechVerb } from './after-quote';
import { speechVerbsIn, type SpeechVerb } from './verb-index';
import { isPrepositionalObject, subjectOfVerb } from './verb-subjects';

/** Who said a top-level quotation, and the clause that says so. */
export interface Attribution {
  quote: Quote;
  speaker: Entity | null;
  sentence: number;
  /** The speech verb that introduces the quotation, when one does. */
  verb: SpeechVerb | null;
  optional: boolean;
  /** "the prime minister had told Kessmer that “…”": the speaker's words as someone else reports them, and to whom. */
  reportedTo: Entity | null;
  /** The attribution was copied from the quotation before (same speaker, same occasion). */
  inherited: Attribution | null;
}

const REPORTING_TO = new Set(['told', 'telling', 'urged', 'asked', 'informed', 'assured', 'warned']);

/** Attributes every top-level quotation, in order, so that carried-on quotations can copy the one before. */
export function attributeQuotes(document: ArticleDocument, resolved: ResolvedMentions): Attribution[] {
  const attributions: Attribution[] = [];
  const topLevel = document.quotes.filter((quote) => quote.parent === null);
  let lastStatement: Attribution | null = null;
  topLevel.forEach((quote, index) => {
    const sentence = indexOfRangeAt(document.sentences, quote.open);
    const attribution =
      attributeInSentence(document, resolved, quote, sentence, topLevel.slice(index, index + 12)) ??
      attributeFromNextSentence(document, resolved, quote, sentence) ??
      inherit(document, quote, sentence, lastStatement);
    attributions.push(attribution);
    if (!attribution.optional) lastStatement = attribution;
  });
  return shareAlongChains(document, attributions);
}

function blank(quote: Quote, sentence: number): Attribution {
  return { quote, speaker: null, sentence, verb: null, optional: false, reportedTo: null, inherited: null };
}

function attributeInSentence(document: ArticleDocument, resolved: ResolvedMentions, quote: Quote, sentenceIndex: number, topLevel: readonly Quote[]): Attribution | null {
  const sentence = document.sentences[sentenceIndex];
  if (!sentence) return null;
  const mentions = resolved.bySentence[sentenceIndex] ?? [];
  const narrative = document.narrative;
  const base = blank(quote, sentenceIndex);
  const before = narrative.slice(sentence.start, quote.open);
  const quoted = document.text.slice(quote.start, quote.end);
  if (introducesName(before) || looksLikeTitle(quoted)) return { ...base, optional: true };

  const limit = nextQuoteOpen(topLevel, quote, sentence.end);
  const after = mentionAfterQuote(narrative, quote, mentions, limit);
  if (after) return { ...base, speaker: after.entity, verb: verbAfter(narrative, after, quote) };

  const verbs = speechVerbsIn(narrative, sentence.start, quote.open);
  const verb = verbs[verbs.length - 1];
  if (verb) {
    const subject = subjectOfVerb(narrative, sentence, mentions, verb.start, verb.word);
    if (subject?.kind === 'group' || NAMING_VERBS.has(verb.word) && /\s$/.test(before) && before.trimEnd().endsWith(verb.word)) {
      return { ...base, speaker: subject?.kind === 'group' ? null : (subject?.entity ?? null), verb, optional: true };
    }
    if (subject?.entity) {
      const reportedTo = REPORTING_TO.has(verb.word) ? objectAfter(narrative, mentions, verb) : null;
      return { ...base, speaker: subject.entity, verb, reportedTo };
    }
  }
  for (const later of topLevel) {
    if (later.open <= quote.open || later.open >= sentence.end) continue;
    const speaker = mentionAfterQuote(narrative, later, mentions, nextQuoteOpen(topLevel, later, sentence.end));
    if (speaker) return { ...base, speaker: speaker.entity, verb: verbAfter(narrative, speaker, later) };
  }
  if (/[\p{L}]/u.test(before)) {
    const subject = mentions.find((mention) => mention.entity && mention.start < quote.open && !mention.possessive && !isPrepositionalObject(narrative, mention));
    if (subject?.entity) return { ...base, speaker: subject.entity };
  }
  return null;
}

const BARE_ATTRIBUTION_WORDS = 10;

/** “We are done waiting.” Hollmann told reporters. — a sentence of attribution alone, after the quotation it attributes. */
function attributeFromNextSentence(document: ArticleDocument, resolved: ResolvedMentions, quote: Quote, sentenceIndex: number): Attribution | null {
  const sentence = document.sentences[sentenceIndex];
  const next = document.sentences[sentenceIndex + 1];
  if (!sentence || !next || quote.close === null || next.paragraph !== sentence.paragraph) return null;
  const narrative = document.narrative;
  if (!/^[\s.!?]*$/.test(narrative.slice(quote.close + 1, sentence.end)) || narrative.slice(next.start, next.end).includes(MASK)) return null;
  const subject = resolved.bySentence[sentenceIndex + 1]?.[0];
  if (!subject?.entity || subject.start !== next.start) return null;
  const rest = narrative.slice(subject.end, next.end);
  if (!opensWithSpeechVerb(rest) || /\bthat\b|,/.test(rest) || rest.trim().split(/\s+/).length > BARE_ATTRIBUTION_WORDS) return null;
  return { ...blank(quote, sentenceIndex + 1), speaker: subject.entity, verb: speechVerbsIn(narrative, subject.end, next.end)[0] ?? null };
}

function nextQuoteOpen(topLevel: readonly Quote[], quote: Quote, fallback: number): number {
  const next = topLevel.find((other) => other.open > quote.open);
  return next && next.open < fallback ? next.open : fallback;
}

function verbAfter(narrative: string, speaker: Mention, quote: Quote): SpeechVerb | null {
  const from = quote.close === null ? speaker.end : Math.min(quote.close + 1, speaker.start);
  const verbs = speechVerbsIn(narrative, from, speaker.end + 40);
  return verbs[0] ?? null;
}

function objectAfter(narrative: string, mentions: readonly Mention[], verb: SpeechVerb): Entity | null {
  const verbEnd = verb.start + verb.word.length;
  const object = mentions.find((mention) => mention.start >= verbEnd && /^\s*$/.test(narrative.slice(verbEnd, mention.start)));
  return object?.entity ?? null;
}

/** A quotation with no attribution of its own carries on the one before in its paragraph, or in the paragraph before. */
function inherit(document: ArticleDocument, quote: Quote, sentence: number, previous: Attribution | null): Attribution {
  const base = blank(quote, sentence);
  if (!previous) return base;
  const sameParagraph = previous.quote.paragraph === quote.paragraph;
  const opensParagraph = quote.open === document.paragraphs[quote.paragraph]?.start && previous.quote.paragraph === quote.paragraph - 1;
  if (!sameParagraph && !opensParagraph && quote.continues === null) return base;
  return { ...base, speaker: previous.speaker, verb: previous.verb, inherited: previous };
}

/** The parts of a quotation carried over paragraphs share the speaker found for any of them. */
function shareAlongChains(document: ArticleDocument, attributions: Attribution[]): Attribution[] {
  const byQuote = new Map(attributions.map((attribution) => [attribution.quote, attribution]));
  for (let index = attributions.length - 1; index >= 0; index -= 1) {
    const attribution = attributions[index] as Attribution;
    const continued = attribution.quote.continues === null ? undefined : document.quotes[attribution.quote.continues];
    const head = continued ? byQuote.get(continued) : undefined;
    if (!head) continue;
    if (attribution.inherited === head || !attribution.speaker) {
      attributions[index] = { ...attribution, speaker: head.speaker, verb: head.verb, inherited: head };
    } else if (!head.speaker || head.inherited) {
      const replacement = { ...head, speaker: attribution.speaker, verb: attribution.verb, sentence: attribution.sentence, inherited: attribution };
      attributions[attributions.indexOf(head)] = replacement;
      byQuote.set(head.quote, replacement);
    }
  }
  return attributions;
}
