import type { IsoDate } from '@parley/domain';
import type { Entity } from '../people/entities';
import type { ResolvedMentions } from '../people/resolve';
import { MASK, type ArticleDocument } from '../text/document';
import type { Sentence } from '../text/sentences';
import { eventPhrases, zonesDate } from './clause-dates';
import { saidZones } from './lead-zones';

/** "She will travel to Orsk on Friday": a plan, whose day is not that of the words after it. */
const PLANS = /\b(?:will|would|(?:is|are)\s+(?:due|set|expected|scheduled)\s+to|plans?\s+to|intends?\s+to)\b/;
/** "Asked whether the December 1 date could slip, …": the days of a question are what was asked about. */
const ASKED_CLAUSE = /^Asked\s+(?:whether|if|about|when|why|how|what)\b[^,]*,/;
/** Opening words that report a fresh reaction to the day's news: "Reacting to the delay, …". */
const NEW_REACTION = /^(?:Reacting|Responding)\s+to\b|^In\s+(?:a\s+)?(?:response|reaction)\s+to\b/;
/** A sentence that opens with a quotation: "“…,” he said." */
const OPENS_WITH_QUOTE = new RegExp(`^["“‘']${MASK}`);

/**
 * When a quotation was said, as the sentence leading into it tells: "At a dinner on
 * Tuesday night, he was in a lighter mood. “…,” he said." was said on Tuesday; "Reacting
 * to the delay, he was blunter. “…,” he said." is a new reaction, the day's news.
 * When that sentence reports speech ("He said they had settled it on Wednesday night"), only
 * the words about its own saying count ("In an interview later that night, he was asked …"
 * is the day of the occasion told before). Undefined when neither the quotation's sentence nor
 * the one before it in its paragraph, which must be about the speaker, says so.
 */
export function leadInDate(
  document: ArticleDocument,
  resolved: ResolvedMentions,
  sentenceIndex: number,
  speaker: Entity | null,
  publishedAt: IsoDate | null,
  sameDayAsLatest: (at: number) => IsoDate | null,
): IsoDate | null | undefined {
  const sentence = document.sentences[sentenceIndex];
  if (!sentence || !speaker) return undefined;
  if (NEW_REACTION.test(document.narrative.slice(sentence.start, sentence.end))) return publishedAt;
  const before = leadInSentence(document, sentence, sentenceIndex);
  if (!before || resolved.subjects[sentenceIndex - 1] !== speaker) return undefined;
  const text = document.narrative.slice(before.start, before.end);
  if (text.includes(MASK)) return undefined;
  if (NEW_REACTION.test(text)) return publishedAt;
  if (PLANS.test(text)) return undefined;
  const said = saidZones(document.narrative, before, before.end);
  if (said.length > 0) {
    const occasion = zonesDate(document.narrative, said, publishedAt);
    if (occasion?.kind === 'same_day_as_latest') return sameDayAsLatest(occasion.at);
    return occasion?.kind === 'day' && occasion.date ? occasion.date : undefined;
  }
  const question = ASKED_CLAUSE.exec(text);
  const own = question ? { start: before.start + question[0].length, end: before.end } : before;
  const phrase = eventPhrases(document.narrative, own).find((candidate) => candidate.precision === 'exact');
  return phrase && publishedAt ? phrase.resolve(publishedAt, 'past') : undefined;
}

/**
 * The sentence that leads into a quotation's: the one before it in its paragraph, or, when
 * the paragraph opens with the quotation, the last of the paragraph before, which sets its
 * scene ("In parliament on Wednesday, Vos mocked the plan. ¶ “…,” Vos said.").
 */
function leadInSentence(document: ArticleDocument, sentence: Sentence, sentenceIndex: number): Sentence | undefined {
  const before = document.sentences[sentenceIndex - 1];
  if (!before || before.paragraph === sentence.paragraph) return before;
  return before.paragraph === sentence.paragraph - 1 && OPENS_WITH_QUOTE.test(document.narrative.slice(sentence.start, sentence.start + 2)) ? before : undefined;
}
