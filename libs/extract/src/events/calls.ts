import type { EventMedium, EventStatus, IsoDate } from '@parley/domain';
import { clauseDate, eventPhrases, offsetBefore, shift } from '../attribution/clause-dates';
import type { Entities, Entity } from '../people/entities';
import type { Mention } from '../people/mentions';
import type { ResolvedMentions } from '../people/resolve';
import type { ArticleDocument } from '../text/document';
import type { Quote } from '../text/quotes';
import type { Sentence } from '../text/sentences';
import { GROUP_OF_LEADERS, leadersNamedBefore, subjectGroup } from './participants';

/** A call as the article reports it, before ids are given. */
export interface FoundCall {
  participants: Entity[];
  initiator: Entity | null;
  date: IsoDate | null;
  medium: EventMedium | null;
  status: EventStatus;
  /** Where the article first reports it. */
  at: number;
}

const NEW_CALL = /\b(?:(?:held|hold|holds|had|have|has|joined|join|joins|made|make|placed|took part in|arranged|following|after)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:phone|telephone|video|conference)?\s*call)\b|\b(?:spoke|speak|spoken|speaking|talked|talk)\b(?!\s+(?:to|with)\s+(?:reporters|journalists|the press|supporters|the crowd|lawmakers|parliament))|\b(?:telephoned|phoned|rang)\b/gu;
const DEFINITE_CALL = /\b(?:the|their|that)\s+(?:(?:phone|telephone|video)\s+)?call\b/gi;
const SCENE_WORDS = /\b(?:reporters|journalists|press conference|rally|crowd|supporters|parliament|lawmakers|interview|statement|speech)\b/i;
const QUESTION = /\bwhether\b/i;

/** Finds the calls an article reports, merging mentions of the same call. */
export function findCalls(
  document: ArticleDocument,
  resolved: ResolvedMentions,
  entities: Entities,
  publishedAt: IsoDate | null,
  latestDateBefore: (at: number) => IsoDate | null,
  speakerOf: (quote: Quote) => Entity | null,
): FoundCall[] {
  const calls: FoundCall[] = [];
  document.sentences.forEach((sentence, index) => {
    const mentions = resolved.bySentence[index] ?? [];
    const text = document.narrative.slice(sentence.start, sentence.end);
    for (const match of text.matchAll(NEW_CALL)) {
      const at = sentence.start + match.index;
      if (QUESTION.test(text.slice(0, match.index))) continue;
      const call = newCall(document, resolved, sentence, index, mentions, match[0], at, publishedAt, latestDateBefore);
      if (call) addCall(calls, call);
    }
    for (const match of text.matchAll(DEFINITE_CALL)) {
      const latest = calls[calls.length - 1];
      if (latest) updateFromReference(document, sentence, mentions, latest, sentence.start + match.index, publishedAt);
    }
  });
  for (const call of quotedCalls(document, entities, speakerOf)) addCall(calls, call);
  return calls.filter((call) => call.participants.length >= 2);
}

function newCall(
  document: ArticleDocument,
  resolved: ResolvedMentions,
  sentence: Sentence,
  sentenceIndex: number,
  mentions: readonly Mention[],
  trigger: string,
  at: number,
  publishedAt: IsoDate | null,
  latestDateBefore: (at: number) => IsoDate | null,
): FoundCall | null {
  const narrative = document.narrative;
  const verbAt = at + (/^(?:following|after)\b/i.test(trigger) ? trigger.length : 0);
  const group = subjectGroup(narrative, mentions, at);
  const spoke = /^(?:spoke|speak|spoken|speaking|talked|talk)$/i.test(trigger);
  const clauseEnd = nextClauseEnd(narrative, at, sentence.end);
  const after = mentions.filter((mention) => mention.start >= verbAt && mention.start < clauseEnd && mention.entity?.kind === 'individual' && !mention.possessive);
  const withOthers = after.filter((mention) => /\b(?:with|to|convened by|by|between|and)\s+(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u.test(narrative.slice(Math.max(at, mention.start - 60), mention.start)) || /^(?:telephoned|phoned|rang)/i.test(trigger) && mention === after[0]);
  const participants = new Set<Entity>(group.map((mention) => mention.entity as Entity));
  const groupPhrase = narrative.slice(Math.max(sentence.start, at - 40), at);
  if (participants.size === 0 && GROUP_OF_LEADERS.test(groupPhrase)) {
    for (const leader of leadersNamedBefore(resolved, sentenceIndex, groupPhrase)) participants.add(leader);
  }
  for (const mention of withOthers) participants.add(mention.entity as Entity);
  const rightAfter = narrative.slice(at, Math.min(clauseEnd, at + 50)).split(',')[0] ?? '';
  if (spoke && (participants.size < 2 || SCENE_WORDS.test(rightAfter))) return null;
  if (participants.size === 1 && !spoke) {
    const subject = resolved.subjects[sentenceIndex];
    if (subject?.kind === 'individual') participants.add(subject);
  }
  if (participants.size === 0) return null;

  const clause = narrative.slice(sentence.start, clauseEnd);
  const status = callStatus(narrative.slice(Math.max(sentence.start, at - 40), clauseEnd));
  const groupStart = group[0]?.start ?? at;
  const date = callDate(narrative, sentence, groupStart, clauseEnd, status, publishedAt, latestDateBefore);
  const initiator = /^(?:telephoned|phoned|rang|placed|made)/i.test(trigger) ? (group[group.length - 1]?.entity ?? null) : convener(narrative, mentions, at, clauseEnd);
  return { participants: [...participants], initiator, date, medium: medium(clause + trigger), status, at };
}

function nextClauseEnd(narrative: string, from: number, limit: number): number {
  const rest = narrative.slice(from, limit);
  const stop = /[;:]|,\s+(?:a|an)\s+call\b|,\s+(?:according|officials|the|her|his|their|its)\b/.exec(rest);
  return stop ? from + stop.index : limit;
}

function callStatus(clause: string): EventStatus {
  if (/\bexpect(?:s|ed)?\s+to\b|\bis expected\b|\bare expected\b/i.test(clause)) return 'expected';
  if (/\b(?:will|shall|is due to|are due to|plans? to|planned|scheduled|set to|is to|are to)\b/i.test(clause)) return 'planned';
  return 'held';
}

function callDate(
  narrative: string,
  sentence: Sentence,
  groupStart: number,
  clauseEnd: number,
  status: EventStatus,
  publishedAt: IsoDate | null,
  latestDateBefore: (at: number) => IsoDate | null,
): IsoDate | null {
  const tense = status === 'held' ? 'past' : 'future';
  const own = clauseDate(narrative, { start: groupStart, end: clauseEnd }, publishedAt, { tense });
  if (own?.kind === 'day') return own.date;
  const intro = eventPhrases(narrative, { start: sentence.start, end: groupStart })[0];
  const introOnly = intro && !narrative.slice(sentence.start, intro.at).includes(',') && /^[^,]*,\s*$/.test(narrative.slice(intro.at, groupStart));
  if (intro && introOnly) return intro.precision === 'vague' || !publishedAt ? null : intro.resolve(publishedAt, tense);
  const offset = offsetBefore(narrative, groupStart);
  if (offset !== null) return shift(latestDateBefore(sentence.start), offset);
  return null;
}

function medium(text: string): EventMedium | null {
  if (/\bvideo/i.test(text)) return 'video';
  if (/\b(?:phone|telephone|telephoned|phoned|rang)\b/i.test(text)) return 'phone';
  if (/\bin person\b/i.test(text)) return 'in_person';
  return null;
}

function convener(narrative: string, mentions: readonly Mention[], from: number, to: number): Entity | null {
  for (const mention of mentions) {
    if (mention.start < from || mention.start >= to || mention.entity?.kind !== 'individual') continue;
    if (/\b(?:convened|organised|organized|arranged|initiated|requested)\s+by\s+(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u.test(narrative.slice(from, mention.start))) return mention.entity;
  }
  return null;
}

/** "The call took place on March 3 at Sollberg’s request", "Varro had requested the call": facts about the latest call. */
function updateFromReference(document: ArticleDocument, sentence: Sentence, mentions: readonly Mention[], call: FoundCall, at: number, publishedAt: IsoDate | null): void {
  const narrative = document.narrative;
  const after = narrative.slice(at, sentence.end);
  const before = narrative.slice(sentence.start, at);
  if (/^[^,.;]*?\b(?:took place|was held|happened|came)\b/i.test(after)) {
    const own = clauseDate(narrative, { start: at, end: sentence.end }, publishedAt);
    if (own?.kind === 'day' && call.date === null) call.date = own.date;
  }
  const requester = /(\p{Lu}[\p{L}-]+)['’]s\s+request\b/u.exec(after)?.[1];
  const byRequest = requester ? mentions.find((mention) => narrative.slice(mention.start, mention.end) === requester && mention.entity?.kind === 'individual') : undefined;
  const asker = /\b(?:had\s+)?(?:requested|asked for|proposed|placed|initiated|made)\s+(?:the|it)\s*$/.test(before) ? [...mentions].reverse().find((mention) => mention.end <= at && mention.entity?.kind === 'individual') : undefined;
  const initiator = byRequest?.entity ?? asker?.entity ?? null;
  if (initiator && call.participants.includes(initiator)) call.initiator ??= initiator;
}

const QUOTED_CALL = /\b(I|[Ww]e|[Hh]e|[Ss]he)\s+(?:expects?|plans?|hopes?|intends?|will|would|is due|are due)\s+to\s+(?:speak|talk)\s+(?:to|with)\s+(?:\p{Lu}[\p{L}-]*\s+)*(\p{Lu}[\p{L}-]+)\b([^.]*)/gu;
const CALLED_ME = /\b(?:\p{Lu}[\p{L}-]*\s+)*?(\p{Lu}[\p{L}-]+)\s+(?:called|phoned|telephoned|rang)\s+me\b/gu;

/**
 * Calls that only the speakers' own words report: "He expects to speak to President
 * Maracz by phone next week" in a spokesperson's statement, or "Mark called me today"
 * (which says who placed a call). In a spokesperson's words "he" is the principal.
 */
function quotedCalls(document: ArticleDocument, entities: Entities, speakerOf: (quote: Quote) => Entity | null): FoundCall[] {
  const calls: FoundCall[] = [];
  for (const quote of document.quotes) {
    const speaker = quote.parent === null ? speakerOf(quote) : null;
    if (!speaker) continue;
    const words = document.text.slice(quote.start, quote.end);
    for (const match of words.matchAll(QUOTED_CALL)) {
      const other = entities.personByWord(match[2] ?? '');
      const self = /^(?:I|we)$/i.test(match[1] ?? '') ? (speaker.principal ?? speaker) : (speaker.principal ?? null);
      if (!other || !self || other === self) continue;
      calls.push({ participants: [self, other], initiator: null, date: null, medium: medium(match[3] ?? ''), status: callStatus(match[0]), at: quote.start + match.index });
    }
    for (const match of words.matchAll(CALLED_ME)) {
      const caller = entities.personByWord(match[1] ?? '');
      const self = speaker.principal ?? speaker;
      if (caller && caller !== self) calls.push({ participants: [caller, self], initiator: caller, date: null, medium: null, status: 'held', at: quote.start + match.index });
    }
  }
  return calls;
}

/** Adds a call, or merges it into one with the same people and status whose date does not conflict. */
export function addCall(calls: FoundCall[], call: FoundCall): void {
  const key = (found: FoundCall) => found.participants.map((entity) => entity.id).sort().join('|');
  const sameCall = calls.find(
    (found) =>
      found.status === call.status &&
      (key(found) === key(call) || (call.participants.length < 2 && call.participants.every((entity) => found.participants.includes(entity)))) &&
      (found.date === null || call.date === null || found.date === call.date),
  );
  if (!sameCall) {
    calls.push(call);
    return;
  }
  sameCall.date ??= call.date;
  sameCall.medium ??= call.medium;
  sameCall.initiator ??= call.initiator;
}
