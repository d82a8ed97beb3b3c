import type { Entities, Entity } from '../people/entities';
import { personNamedBySource } from './named-sources';
import type { Mention } from '../people/mentions';
import type { ResolvedMentions } from '../people/resolve';
import { MASK, type ArticleDocument } from '../text/document';
import type { Quote } from '../text/quotes';
import { indexOfRangeAt, type Range } from '../text/ranges';
import { introducesName, looksLikeTitle, looksLikeTitleCase } from './non-statements';
import { PERSON_NOUNS } from '../people/lexicon';
import { describedSource } from './described-sources';
import type { SpeakerRuleId } from './speaker-rules';
import { NAMING_VERBS } from './speech-verbs';
import { isSignature, signsQuotation } from './signatures';
import { isSourceAfterQuote, mentionAfterQuote, opensWithSpeechVerb } from './after-quote';
import { speechVerbsIn, type SpeechVerb } from './verb-index';
import { isPrepositionalObject, subjectOfVerb } from './verb-subjects';

/** Who said a top-level quotation, and the clause that says so. */
export interface Attribution {
  quote: Quote;
  speaker: Entity | null;
  /** The words that name the speaker: "Vos", "she", "a spokeswoman for the ministry". */
  source: Range | null;
  /** The rule that decided the speaker. */
  rule: SpeakerRuleId;
  sentence: number;
  /** The speech verb that introduces the quotation, when one does. */
  verb: SpeechVerb | null;
  optional: boolean;
  /** "the prime minister had told Haldane that “…”": the speaker's words as someone else reports them, and to whom. */
  reportedTo: Entity | null;
  /** The attribution was copied from the quotation before (same speaker, same occasion). */
  inherited: Attribution | null;
  /** Where the speaker is named as the subject of the verb, when that is before the verb. */
  subjectAt: number | null;
  /** The speaker was found in the paragraph before, which a later part of the same quotation may overrule. */
  announced?: boolean;
}

/** "told Prime Minister Ana Vos": title words between the verb and the name. */
const TITLE_GAP = /^\s*(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;
const REPORTING_TO = new Set(['told', 'telling', 'urged', 'asked', 'informed', 'assured', 'warned']);

/** Attributes every top-level quotation, in order, so that carried-on quotations can copy the one before. */
export function attributeQuotes(document: ArticleDocument, resolved: ResolvedMentions, entities: Entities): Attribution[] {
  const attributions: Attribution[] = [];
  const topLevel = document.quotes.filter((quote) => quote.parent === null);
  let lastStatement: Attribution | null = null;
  topLevel.forEach((quote, index) => {
    const sentence = indexOfRangeAt(document.sentences, quote.open);
    const ahead = topLevel.slice(index, index + 12);
    const attribution =
      attributeInSentence(document, resolved, quote, sentence, ahead) ??
      nameBeforeColon(document, resolved, entities, quote, sentence) ??
      describedSpeaker(document, quote, sentence, lastStatement) ??
      weakSubjectInSentence(document, resolved, quote, sentence, ahead) ??
      attributeFromNextSentence(document, resolved, quote, sentence) ??
      introducedInParagraphBefore(document, resolved, quote, sentence) ??
      inherit(document, quote, sentence, lastStatement);
    attributions.push(withNamedSource(document, entities, attribution));
    if (!attribution.optional) lastStatement = attribution;
  });
  return shareAlongChains(document, attributions);
}

/** "Lund: ", "Sen. Maria Lund: ": a name, perhaps after a title, then a colon opening its sentence. */
const NAME_THEN_COLON = /^((?:(?:Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms)\.\s+)?(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,2}\p{Lu}[\p{L}\p{M}'’-]*)\s*:\s/u;
/** A heading in capitals ("UPDATE:", "WATCH:") or a word of the trade ("Transcript:", "Report:") is no speaker. */
const NOT_A_SPEAKER_BEFORE_COLON = /^(?:\p{Lu}[\p{Lu}\s.'’-]*|Update|Watch|Report|Transcript|Name|Title|Location|Date|Age|Job|City|Editor['’]s Note|Note|Source|Photo|Video|Read|Related|Correction|Listen|Question|Answer|Q|A)$/u;

/**
 * Lund: “We will not give in.” — a person named at the opening of a sentence (a line of
 * an interview, a headline), then a colon and their words.
 */
function nameBeforeColon(document: ArticleDocument, resolved: ResolvedMentions, entities: Entities, quote: Quote, sentenceIndex: number): Attribution | null {
  const sentence = document.sentences[sentenceIndex];
  if (!sentence) return null;
  const narrative = document.narrative;
  const lead = narrative.slice(sentence.start, quote.open);
  const match = NAME_THEN_COLON.exec(lead);
  const phrase = match?.[1] ?? '';
  if (!match || NOT_A_SPEAKER_BEFORE_COLON.test(phrase) || narrative.slice(sentence.start + match[0].length, quote.open).includes(MASK)) return null;
  const end = sentence.start + phrase.length;
  const mention = (resolved.bySentence[sentenceIndex] ?? []).find((candidate) => candidate.end === end && candidate.entity && !candidate.possessive);
  const speaker = mention?.entity ?? personNamedBySource(phrase, entities);
  if (!speaker) return null;
  return { ...blank(quote, sentenceIndex), speaker, source: mention ?? { start: sentence.start, end }, rule: 'speaker.name-colon' };
}

/**
 * “…,” Mr. Okafor said — a source that names someone the rules for people did not know
 * ("Mr. Okafor", "party lawyer Jo Brandt") makes them the speaker: the person of that name
 * or surname, or one added to the article's people.
 */
function withNamedSource(document: ArticleDocument, entities: Entities, attribution: Attribution): Attribution {
  if (attribution.speaker || !attribution.source || attribution.optional || attribution.inherited) return attribution;
  const named = personNamedBySource(document.narrative.slice(attribution.source.start, attribution.source.end), entities);
  if (!named) return attribution;
  return { ...attribution, speaker: named, rule: attribution.rule === 'speaker.described' ? 'speaker.described-name' : attribution.rule };
}

/**
 * "Lund Calls the Plan ‘A Disgrace’": a headline written in title case capitalises its
 * quotations too, so their capitals do not make them titles.
 */
function inTitleCaseHeadline(document: ArticleDocument, quote: Quote): boolean {
  const paragraph = document.paragraphs[quote.paragraph];
  if (!paragraph || quote.paragraph > 0) return false;
  const own = document.narrative.slice(paragraph.start, paragraph.end).split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  return own.length >= 3 && looksLikeTitleCase(own);
}

function blank(quote: Quote, sentence: number): Attribution {
  return { quote, speaker: null, source: null, rule: 'speaker.none', sentence, verb: null, optional: false, reportedTo: null, inherited: null, subjectAt: null };
}

function attributeInSentence(document: ArticleDocument, resolved: ResolvedMentions, quote: Quote, sentenceIndex: number, topLevel: readonly Quote[]): Attribution | null {
  const sentence = document.sentences[sentenceIndex];
  if (!sentence) return null;
  const mentions = resolved.bySentence[sentenceIndex] ?? [];
  const narrative = document.narrative;
  const base = blank(quote, sentenceIndex);
  const before = narrative.slice(sentence.start, quote.open);
  const quoted = document.text.slice(quote.start, quote.end);
  if (introducesName(before) || (looksLikeTitle(quoted) && !inTitleCaseHeadline(document, quote))) return { ...base, rule: 'speaker.not-a-statement', optional: true };

  const limit = nextQuoteOpen(topLevel, quote, sentence.end);
  const after = mentionAfterQuote(narrative, quote, mentions, limit);
  const reported = after ? speakerOfVerbBefore(narrative, sentence, mentions, quote) : null;
  if (reported && after && (reported.speaker !== after.entity || isSourceAfterQuote(narrative, quote, after))) return { ...base, ...reported, rule: 'speaker.reported-words' };
  if (after && quote.close !== null && signsQuotation(narrative, quote.close, after.start, after.end)) return { ...base, speaker: after.entity, source: after, rule: 'speaker.signature' };
  if (after) {
    const verb = verbAfter(narrative, after, quote);
    return { ...base, speaker: after.entity, source: after, rule: 'speaker.after-quote', verb, reportedTo: reportedTo(narrative, mentions, verb, after.entity) };
  }

  const verbs = speechVerbsIn(narrative, sentence.start, quote.open);
  const last = verbs[verbs.length - 1];
  if (last) {
    const { subject, verb } = outermostSubject(narrative, sentence, mentions, verbs, { subject: subjectOfVerb(narrative, sentence, mentions, last.start, last.word), verb: last });
    if (subject?.kind === 'group' || NAMING_VERBS.has(verb.word) && /\s$/.test(before) && before.trimEnd().endsWith(verb.word)) {
      return { ...base, speaker: subject?.kind === 'group' ? null : (subject?.entity ?? null), source: subject, rule: 'speaker.group-or-naming', verb, optional: true };
    }
    if (subject?.entity) return { ...base, speaker: subject.entity, source: subject, rule: 'speaker.verb-subject', verb, reportedTo: reportedTo(narrative, mentions, verb, subject.entity), subjectAt: subject.start };
  }
  return null;
}

/**
 * "Clinton said Wednesday that she called it “…”": when the subject of the speech verb
 * before a quotation is also the subject of an earlier speech verb of the sentence that
 * reports it, the earlier mention is the source.
 */
function outermostSubject(narrative: string, sentence: Range, mentions: readonly Mention[], verbs: readonly SpeechVerb[], found: SubjectAndVerb): SubjectAndVerb {
  let outer = found;
  for (let index = verbs.length - 2; index >= 0 && outer.subject?.entity; index -= 1) {
    const verb = verbs[index] as SpeechVerb;
    if (verb.start >= outer.subject.start) continue;
    const earlier = subjectOfVerb(narrative, sentence, mentions, verb.start, verb.word);
    if (earlier?.entity !== outer.subject.entity || earlier.start >= outer.subject.start) break;
    outer = { subject: earlier, verb };
  }
  return outer;
}

interface SubjectAndVerb {
  subject: Mention | null;
  verb: SpeechVerb;
}

/**
 * “…,” and “…,” Vos said: the speaker named after a later quotation of the sentence; else
 * the first person the sentence names before the quotation, when no words describe
 * another speaker.
 */
function weakSubjectInSentence(document: ArticleDocument, resolved: ResolvedMentions, quote: Quote, sentenceIndex: number, topLevel: readonly Quote[]): Attribution | null {
  const sentence = document.sentences[sentenceIndex];
  if (!sentence) return null;
  const mentions = resolved.bySentence[sentenceIndex] ?? [];
  const narrative = document.narrative;
  const base = blank(quote, sentenceIndex);
  for (const later of topLevel) {
    if (later.open <= quote.open || later.open >= sentence.end) continue;
    const speaker = mentionAfterQuote(narrative, later, mentions, nextQuoteOpen(topLevel, later, sentence.end));
    if (speaker) return { ...base, speaker: speaker.entity, source: speaker, rule: 'speaker.later-quote', verb: verbAfter(narrative, speaker, later) };
  }
  const closing = closingClauseSpeaker(narrative, sentence, quote, mentions);
  if (closing?.entity) return { ...base, speaker: closing.entity, source: closing, rule: 'speaker.closing-clause', verb: speechVerbsIn(narrative, closing.start - 40, sentence.end).find((verb) => verb.start >= quote.end) ?? null };
  if (/[\p{L}]/u.test(narrative.slice(sentence.start, quote.open))) {
    const subject = mentions.find((mention) => mention.entity && mention.start < quote.open && !mention.possessive && !isPrepositionalObject(narrative, mention) && !isSignature(narrative, mention.start, mention.end));
    if (subject?.entity) return { ...base, speaker: subject.entity, source: subject, rule: 'speaker.first-name-in-sentence' };
  }
  return null;
}

/** "DFA spokesman ", "Pennsylvania Gov. ": up to three words of title before a name. */
const TITLE_WORDS = /^\s*(?:[\p{L}][\p{L}.&-]*\s+){0,3}$/u;
/** "said ", "added former governor ": a speech verb, then up to three words of title, before a name. */
const VERB_THEN_TITLE = /^\s*\p{Ll}+\s+(?:[\p{L}][\p{L}.&-]*\s+){0,3}$/u;

/**
 * Lund “felt a moral obligation to act” on the bill, Okafor said. — a person named with a
 * speech verb in the last clause of the sentence, set off by a comma after the quotation.
 */
function closingClauseSpeaker(narrative: string, sentence: Range, quote: Quote, mentions: readonly Mention[]): Mention | null {
  if (quote.close === null) return null;
  const tail = narrative.slice(quote.close + 1, sentence.end);
  if (tail.includes(MASK)) return null;
  // The clause opens at the last comma, or at the comma before an inverted verb and an appositive after the name.
  for (let comma = tail.lastIndexOf(','); comma >= 0; comma = comma > 0 ? tail.lastIndexOf(',', comma - 1) : -1) {
    const speaker = closingSpeakerAt(narrative, sentence, quote.close + 1 + comma + 1, mentions);
    if (speaker !== undefined) return speaker;
  }
  return null;
}

/** The speaker of the clause opening at `clauseStart`; null when it names none, undefined when the clause may open earlier. */
function closingSpeakerAt(narrative: string, sentence: Range, clauseStart: number, mentions: readonly Mention[]): Mention | null | undefined {
  const speaker = mentions.find((mention) => mention.start >= clauseStart && !mention.possessive && mention.entity?.kind === 'individual');
  if (!speaker) return undefined;
  const lead = narrative.slice(clauseStart, speaker.start);
  const rest = narrative.slice(speaker.end, sentence.end).replace(/[.!?]\s*$/, '');
  const inverted = VERB_THEN_TITLE.test(lead) && opensWithSpeechVerb(lead);
  const spoken = (TITLE_WORDS.test(lead) && opensWithSpeechVerb(rest)) || inverted;
  // "…, said Jo Brandt, a deputy party leader.": after an inverted verb, an appositive may close the sentence.
  const closes = /^[^,;:]*$/.test(rest) || (inverted && /^,\s[^;:]*$/.test(rest));
  return spoken && closes ? speaker : null;
}

/**
 * "He told the prime minister that his country “…,” according to the readout", "He told
 * her that the country wanted “…,” a spokeswoman said": the words are those of the
 * subject of the verb before them, as the source after them reports.
 */
function speakerOfVerbBefore(narrative: string, sentence: Range, mentions: readonly Mention[], quote: Quote): Pick<Attribution, 'speaker' | 'source' | 'verb' | 'reportedTo' | 'subjectAt'> | null {
  const verbs = speechVerbsIn(narrative, sentence.start, quote.open);
  const verb = verbs[verbs.length - 1];
  if (!verb) return null;
  const subject = subjectOfVerb(narrative, sentence, mentions, verb.start, verb.word);
  if (subject?.entity?.kind !== 'individual') return null;
  return { speaker: subject.entity, source: subject, verb, reportedTo: reportedTo(narrative, mentions, verb, subject.entity), subjectAt: subject.start };
}

const BARE_ATTRIBUTION_WORDS = 10;
/** "Vilhelm, 58, said": the age set off by commas after a name. */
const AGE_APPOSITIVE = /^,\s*\d{1,3},/;
/** "… said this morning as she walked between the rows": a clause of circumstance after the attribution. */
const SUBORDINATE_CLAUSE = /,?\s(?:as|while|when|before|after)\s/;
/** "Tobias Renn, who leads the Civic Front, told reporters": a relative clause set off after the name. */
const WHO_APPOSITIVE = /^,\s+who\s[^,.]{1,80},/;

/**
 * “We are done waiting.” Hollmann told reporters. — a sentence of attribution alone, after
 * the quotation it attributes, perhaps with an age or a relative clause after the name and
 * a clause of circumstance after the verb ("Vilhelm, 58, said as she walked …").
 */
function attributeFromNextSentence(document: ArticleDocument, resolved: ResolvedMentions, quote: Quote, sentenceIndex: number): Attribution | null {
  const sentence = document.sentences[sentenceIndex];
  const next = document.sentences[sentenceIndex + 1];
  if (!sentence || !next || quote.close === null || next.paragraph !== sentence.paragraph) return null;
  const narrative = document.narrative;
  if (!/^[\s.!?]*$/.test(narrative.slice(quote.close + 1, sentence.end)) || narrative.slice(next.start, next.end).includes(MASK)) return null;
  const subject = resolved.bySentence[sentenceIndex + 1]?.[0];
  if (!subject?.entity || subject.start !== next.start) return null;
  const rest = narrative.slice(subject.end, next.end).replace(AGE_APPOSITIVE, '').replace(WHO_APPOSITIVE, '');
  const main = rest.split(SUBORDINATE_CLAUSE)[0] ?? rest;
  if (!opensWithSpeechVerb(main) || /\bthat\b|,/.test(main) || main.trim().split(/\s+/).length > BARE_ATTRIBUTION_WORDS) return null;
  return { ...blank(quote, sentenceIndex + 1), speaker: subject.entity, source: subject, rule: 'speaker.next-sentence', verb: speechVerbsIn(narrative, subject.end, next.end)[0] ?? null };
}

/** "Here is the key passage from Vos’s address:": a speaker's words announced by a possessive and a noun of speech. */
const ANNOUNCED_WORDS = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}(?:address|speech|remarks|statement|message|letter|post|passage)\b[^.!?]*:\s*$/u;

/**
 * In a televised address, Vos told the nation that the truce would hold.
 *
 * “I have not given away a single metre …”
 *
 * A quotation that opens a paragraph with no attribution of its own, after a paragraph of
 * no quotations whose last sentence has a person speak (or announces their words with a
 * colon), carries on that person's words.
 */
function introducedInParagraphBefore(document: ArticleDocument, resolved: ResolvedMentions, quote: Quote, sentenceIndex: number): Attribution | null {
  const previous = document.sentences[sentenceIndex - 1];
  if (!previous || quote.open !== document.paragraphs[quote.paragraph]?.start || previous.paragraph !== quote.paragraph - 1) return null;
  const narrative = document.narrative;
  const lead = narrative.slice(previous.start, previous.end);
  if (lead.includes(MASK)) return null;
  const mentions = resolved.bySentence[sentenceIndex - 1] ?? [];
  const base = blank(quote, sentenceIndex - 1);
  if (/:\s*$/.test(lead)) {
    const owner = mentions.find((mention) => mention.possessive && mention.entity?.kind === 'individual' && ANNOUNCED_WORDS.test(narrative.slice(mention.end, previous.end)));
    if (owner?.entity) return { ...base, speaker: owner.entity, source: owner, rule: 'speaker.announced-by-possessive', announced: true };
  }
  const verb = speechVerbsIn(narrative, previous.start, previous.end)[0];
  if (!verb) return null;
  const subject = subjectOfVerb(narrative, previous, mentions, verb.start, verb.word);
  if (subject?.entity?.kind !== 'individual') return null;
  return { ...base, speaker: subject.entity, source: subject, rule: 'speaker.paragraph-before', verb, subjectAt: subject.start, announced: true };
}

/**
 * “…,” a campaign spokesman said. — a speaker the article describes but does not name:
 * the description is the source and nobody known is the speaker, unless it is a
 * definite description of a person ("the businessman replied") that takes up the speaker
 * of the quotation before. Read after the rules for people that go by a speech verb and
 * before the weaker guesses (a later quotation's speaker, the sentence's first name), so
 * that "The New York Post reports that …" names the source before a name in the clause.
 */
function describedSpeaker(document: ArticleDocument, quote: Quote, sentenceIndex: number, previous: Attribution | null): Attribution | null {
  const sentence = document.sentences[sentenceIndex];
  if (!sentence) return null;
  const found = describedSource(document.narrative, sentence, quote);
  if (!found) return null;
  const base = { ...blank(quote, sentenceIndex), source: found.source, verb: found.verb, rule: 'speaker.described' as const };
  const head = document.narrative.slice(found.source.start, found.source.end).split(/\s+/).pop()?.toLowerCase() ?? '';
  const takesUp = found.definite && PERSON_NOUNS.has(head) && previous?.speaker?.kind === 'individual' && quote.paragraph - previous.quote.paragraph <= 1;
  return takesUp && previous ? { ...base, speaker: previous.speaker, rule: 'speaker.described-takes-up' } : base;
}

function nextQuoteOpen(topLevel: readonly Quote[], quote: Quote, fallback: number): number {
  const next = topLevel.find((other) => other.open > quote.open);
  return next && next.open < fallback ? next.open : fallback;
}

function verbAfter(narrative: string, speaker: Mention, quote: Quote): SpeechVerb | null {
  const from = quote.close === null ? speaker.end : Math.min(quote.close + 1, speaker.start);
  return speechVerbsIn(narrative, from, speaker.end + 40)[0] ?? speechVerbsIn(narrative, speaker.end, speaker.end + 200)[0] ?? null;
}

/** "told Haldane that …", "the president told her": whom the words were said to; not "telling her party’s conference". */
function reportedTo(narrative: string, mentions: readonly Mention[], verb: SpeechVerb | null, speaker: Entity | null): Entity | null {
  if (!verb || !REPORTING_TO.has(verb.word)) return null;
  const verbEnd = verb.start + verb.word.length;
  const object = mentions.find((mention) => mention.start >= verbEnd && TITLE_GAP.test(narrative.slice(verbEnd, mention.start)));
  if (!object?.entity || object.entity === speaker || object.possessive || (object.kind === 'pronoun' && !object.object)) return null;
  return object.entity;
}

/** A quotation with no attribution of its own carries on the one before in its paragraph, or in the paragraph before. */
function inherit(document: ArticleDocument, quote: Quote, sentence: number, previous: Attribution | null): Attribution {
  const base = blank(quote, sentence);
  if (!previous) return base;
  const sameParagraph = previous.quote.paragraph === quote.paragraph;
  const opensParagraph = quote.open === document.paragraphs[quote.paragraph]?.start && previous.quote.paragraph === quote.paragraph - 1;
  if (!sameParagraph && !opensParagraph && quote.continues === null) return base;
  return { ...base, speaker: previous.speaker, source: previous.source, rule: 'speaker.inherited', verb: previous.verb, inherited: previous };
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
      attributions[index] = { ...attribution, speaker: head.speaker, source: head.source, rule: 'speaker.chain', verb: head.verb, inherited: head };
    } else if (!head.speaker || head.inherited || head.announced) {
      const replacement = { ...head, speaker: attribution.speaker, source: attribution.source, rule: 'speaker.chain' as const, verb: attribution.verb, sentence: attribution.sentence, inherited: attribution };
      attributions[attributions.indexOf(head)] = replacement;
      byQuote.set(head.quote, replacement);
    }
  }
  return attributions;
}
