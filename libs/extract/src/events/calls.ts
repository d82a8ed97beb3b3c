import type { EventMedium, EventStatus, IsoDate } from '@parley/domain';
import { eventPhrases, zonesDate } from '../attribution/clause-dates';
import type { Countries } from '../people/countries';
import type { Entities, Entity } from '../people/entities';
import type { Mention } from '../people/mentions';
import type { Sentence } from '../text/sentences';
import { findCallTriggers, type CallTrigger } from './call-triggers';
import { clauseEnd, clauseStart, eventDate, eventMedium, eventStatus, isDenied, isHypothetical, type EventContext } from './event-clauses';
import { initiatorIn } from './initiators';
import { callParticipants } from './call-participants';
import { namedAfter, subjectGroup } from './participants';

/** A call or meeting as the article reports it, before ids are given. */
export interface FoundEvent {
  participants: Entity[];
  initiator: Entity | null;
  date: IsoDate | null;
  medium: EventMedium | null;
  status: EventStatus;
  /** Where the article first reports it. */
  at: number;
  /** The article dates it only roughly ("last spoke in July"): not the call of an exact day. */
  vague?: boolean;
}

export type FoundCall = FoundEvent;

/** What finding a sentence's calls needs to know about the article. */
export interface CallContext extends EventContext {
  entities: Entities;
  countries: Countries;
  /** Meetings found so far: "the meeting was arranged during a video call" is a call between its participants. */
  meetings: readonly FoundEvent[];
}

const NOT_A_CALL = /\bon the sidelines\b|\bin person\b|\bface[- ]to[- ]face\b/i;
/** "spoke to reporters after the call": another call dates the act, which is not a call itself, unless its own words say how it was held. */
const TIMED_BY_A_CALL = /\b(?:after|before|during|following)\s+the\s+(?:phone\s+|video\s+)?call\b/i;
const OWN_MEDIUM = /\b(?:by|over the|on the|via)\s+(?:tele)?phone\b|\b(?:by|via)\s+video\b/i;
/** "held a video call yesterday and agreed to meet in person", "agreed to speak again by phone and to meet in person": a verb of its own, whose words say nothing of the call. */
const NEXT_VERB = /\s+and\s+(?:then\s+|also\s+)?(?:\p{Ll}+ed|will|would|are|were|plan|plans|to\s+\p{Ll}+)\b/u;
const ANSWERED = /(?<!\b(?:no|not|never)\s+)\b(expect(?:s|ed)?\s+to|would|will|plans?\s+to|planned\s+to|intends?\s+to|hopes?\s+to|hoped\s+to)\s+do\s+so\b/i;
/** "The call, which Vos convened on Wednesday, …", "The call, held last night at her request, …": a relative clause that dates the call it follows. */
const ABOUT_THE_CALL = /^\s*,\s+(?:which\s+(?:[^,]*?\s)?(?:convened|held|hosted|arranged|requested|placed|made|initiated|organised|organized|took place|was held|lasted)|(?:held|convened|hosted|arranged|requested|placed|made|initiated))\b[^,]*,/;
/** "A call between them is expected next week", "A video call is scheduled for Monday": the call is the subject, and its predicate says what is to come. */
const LEAD_OF_SUBJECT = /^(?:[^,]*\b(?:said|says|say|added|believe|believes|expect|expects)\s+)?$/;
const EXPECTED_PREDICATE = /^[^,;]{0,80}?\b(?:is|are|was|were|seemed|seems|looked|looks)\s+(?:now\s+|also\s+|widely\s+|still\s+)?[“"‘']?(?:expected|likely|possible|probable)\b/;
const PLANNED_PREDICATE = /^[^,;]{0,80}?\b(?:will\s+take\s+place|(?:is|are|was|were)\s+(?:now\s+|also\s+|still\s+)?(?:planned|scheduled|due|set|slated|pencill?ed\s+in))\b/;
/** "A second call, between Vos and Tiede alone, is scheduled for Friday": a phrase set off by commas between the call and its predicate. */
const APPOSITIVE = /^\s*,\s+(?:between|with|among)\b[^,;.]{1,80},/;
/** "scheduled for Monday": the day the call is set for, which a tariff's "scheduled for" would not name as an event. */
const ARRANGED_FOR = /\b(?:scheduled|planned|slated|pencill?ed\s+in|set|arranged)\s+for\s+/;
const TOOK_PLACE = /^[^,.;]*?\b(?:took place|was held|happened|came|lasted|was|were)\b/i;
const SINCE_A_CALL = /\bsince\s+$/;
/** "the earlier call", "the previous conversation": another call than the one just told. */
const EARLIER_CALL = /\b(?:earlier|previous|prior|first)\s/;
/** "speak again", "talk again by video": a call between the people of one before. */
const AGAIN_AFTER = /^\s+again\b/;
/** "Dunmarra’s prime minister to call Ruhnau": a heading's infinitive tells what is to come. */
const HEADING_INFINITIVE = /\bto\s+$/;
const SENTENCE_END = /[.!?…]\s*["”’']?\s*$/;
/** "Vos placed the call on Tuesday afternoon", "Tiede had received the call … that evening": a verb of making the call, whose clause dates it. */
const MADE_THE_CALL = /\b(?:placed|made|received|took|answered|returned|initiated|requested)\s+$/;
/** "the call on Saturday evening had been constructive", "the call last night": a day named right after the call noun dates it. */
const DAY_RIGHT_AFTER = /^\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$/;

/** Finds the calls an article reports, merging the mentions of one call. */
export function findCalls(context: CallContext): FoundCall[] {
  const calls: FoundCall[] = [];
  const { document, resolved } = context;
  document.sentences.forEach((sentence, index) => {
    const text = document.narrative.slice(sentence.start, sentence.end);
    if (/\?\s*$/.test(text)) return;
    const mentions = resolved.bySentence[index] ?? [];
    for (const trigger of findCallTriggers(document.narrative, sentence, mentions)) {
      if (trigger.kind === 'reference') updateFromReference(context, calls, sentence, index, mentions, trigger);
      else {
        const call = newCall(context, calls, sentence, index, mentions, trigger);
        if (call && AGAIN_AFTER.test(document.narrative.slice(trigger.end, sentence.end))) completeEarlier(calls, call);
        if (call) addCall(calls, call);
      }
    }
  });
  return calls.filter((call) => call.participants.length >= 2);
}

function newCall(context: CallContext, calls: readonly FoundCall[], sentence: Sentence, index: number, mentions: readonly Mention[], trigger: CallTrigger): FoundCall | null {
  const narrative = context.document.narrative;
  const from = clauseStart(narrative, sentence.start, trigger.verbAt);
  const end = ownClauseEnd(narrative, trigger.end, Math.min(trigger.limit ?? sentence.end, clauseEnd(narrative, trigger.end, sentence.end)));
  let status = eventStatus(narrative, from, trigger.at, end);
  if (trigger.kind === 'new_call' && status === 'held' && LEAD_OF_SUBJECT.test(narrative.slice(from, trigger.at))) status = predicateStatus(narrative.slice(trigger.end, end)) ?? status;
  if (status === 'held' && HEADING_INFINITIVE.test(narrative.slice(from, trigger.at)) && isHeading(narrative, sentence)) status = 'planned';
  const next = NEXT_VERB.exec(narrative.slice(trigger.end, end));
  const clauseText = narrative.slice(from, next ? trigger.end + next.index : end);
  // "have not spoken since a brief call on December 29": what is denied is the time after the call, which was held.
  const deniedFrom = SINCE_A_CALL.test(narrative.slice(from, trigger.at)) ? trigger.at : from;
  if (NOT_A_CALL.test(clauseText) || isDenied(context.document, deniedFrom, trigger.at, end) || timedByAnotherCall(clauseText, trigger)) return null;
  const answer = isHypothetical(narrative, from, trigger.at) ? ANSWERED.exec(narrative.slice(trigger.end, sentence.end)) : undefined;
  if (answer === null) return null;
  if (answer) status = /expect/i.test(answer[1] ?? '') ? 'expected' : 'planned';
  const participants = callParticipants(context, calls, { sentence, index, mentions, trigger, after: { start: trigger.end, end } });
  // "after a call with the two prime ministers": one known party is kept, for a later "The call, held …" to date and complete.
  if (participants.length < (trigger.kind === 'new_call' ? 1 : 2)) return null;
  const group = subjectGroup(narrative, mentions, trigger.verbAt);
  const dateClause = { start: trigger.dateFrom ?? group[0]?.start ?? trigger.at, end };
  const answerEnd = answer ? trigger.end + answer.index + answer[0].length : null;
  const answerDate = answerEnd === null ? null : zonesDate(narrative, [{ start: answerEnd, end: sentence.end }], context.publishedAt, { tense: 'future' });
  const day = answerDate?.kind === 'day' ? { date: answerDate.date, vague: answerDate.date === null } : eventDate(narrative, sentence, dateClause, status, context.publishedAt, context.latestDateBefore, trigger.at);
  if (day.date === null && !day.vague && status !== 'held') Object.assign(day, arrangedDay(context, trigger.end, end) ?? {});
  // "cancelled a planned call with Tiede on Thursday": the day is the cancelling's; only "a call planned for Friday" names the call's own.
  if (status === 'cancelled') Object.assign(day, arrangedDay(context, trigger.end, end) ?? { date: null, vague: false });
  const initiator = trigger.kind === 'called' ? (group[group.length - 1]?.entity ?? null) : initiatorIn(narrative, mentions, { start: trigger.dateFrom ?? from, end: trigger.limit ?? sentence.end });
  const medium = eventMedium(`${trigger.words} ${narrative.slice(trigger.at, end)} ${trigger.kind === 'called' ? 'phone' : ''}`);
  return { participants, initiator, date: day.date, vague: day.vague, medium, status, at: trigger.at };
}

/** A headline or subheading: a sentence that ends without a full stop. */
function isHeading(narrative: string, sentence: Sentence): boolean {
  return !SENTENCE_END.test(narrative.slice(sentence.start, sentence.end));
}

/**
 * "after a three-way video call convened by Lindqvist … the three leaders agreed to speak
 * again": the call before, of which the story had named too few people, was between them.
 */
function completeEarlier(calls: readonly FoundCall[], again: FoundCall): void {
  const earlier = [...calls].reverse().find((call) => call.at < again.at && call.participants.length < 2);
  if (!earlier || !earlier.participants.every((person) => again.participants.includes(person))) return;
  for (const person of again.participants) if (!earlier.participants.includes(person)) earlier.participants.push(person);
}

/** "spoke to Vos by phone, before the call with Tiede": the people of the other call are not of this one. */
function ownClauseEnd(narrative: string, from: number, end: number): number {
  const other = TIMED_BY_A_CALL.exec(narrative.slice(from, end));
  return other && OWN_MEDIUM.test(narrative.slice(from, from + other.index)) ? from + other.index : end;
}

function timedByAnotherCall(clauseText: string, trigger: CallTrigger): boolean {
  const timed = TIMED_BY_A_CALL.exec(clauseText);
  return timed !== null && trigger.kind !== 'called' && !OWN_MEDIUM.test(clauseText.slice(0, timed.index));
}

function predicateStatus(text: string): EventStatus | null {
  const after = text.replace(APPOSITIVE, '');
  if (EXPECTED_PREDICATE.test(after)) return 'expected';
  return PLANNED_PREDICATE.test(after) ? 'planned' : null;
}

/** "a call scheduled for Monday": the day named after "for". */
function arrangedDay(context: CallContext, from: number, to: number): { date: IsoDate | null; vague: boolean } | null {
  const arranged = ARRANGED_FOR.exec(context.document.narrative.slice(from, to));
  if (!arranged) return null;
  const own = zonesDate(context.document.narrative, [{ start: from + arranged.index + arranged[0].length, end: to }], context.publishedAt, { tense: 'future' });
  return own?.kind === 'day' ? { date: own.date, vague: own.date === null } : null;
}

/** "The call took place on March 3 at Malvane’s request", "The call between X and Y …": facts about a call already reported, or one not yet met. */
function updateFromReference(context: CallContext, calls: FoundCall[], sentence: Sentence, index: number, mentions: readonly Mention[], trigger: CallTrigger): void {
  const narrative = context.document.narrative;
  const end = clauseEnd(narrative, trigger.end, sentence.end);
  const named = namedAfter(narrative, mentions, { start: trigger.end, end }).flatMap((mention) => (mention.entity ? [mention.entity] : []));
  const between = /^\s+between\b/.test(narrative.slice(trigger.end, trigger.end + 10)) && named.length >= 2;
  const matching = [...calls].reverse().find((call) => named.every((person) => call.participants.includes(person)));
  const call = between && !matching ? undefined : (matching ?? calls[calls.length - 1]);
  if (!call && !between) return;
  let target: FoundCall = call ?? { participants: named, initiator: null, date: null, medium: null, status: 'held' as const, at: trigger.at };
  if (!call) calls.push(target);
  const relative = ABOUT_THE_CALL.exec(narrative.slice(trigger.end, sentence.end));
  const made = MADE_THE_CALL.test(narrative.slice(Math.max(sentence.start, trigger.at - 12), trigger.at));
  if (relative || made || TOOK_PLACE.test(narrative.slice(trigger.end, sentence.end))) {
    const zone = relative ? { start: trigger.end, end: trigger.end + relative[0].length } : { start: trigger.end, end: made ? end : sentence.end };
    const own = zonesDate(narrative, [zone], context.publishedAt, { sentenceStart: sentence.start, verbAt: relative ? trigger.end : null });
    if (own?.kind === 'day' && target.date === null) target.date = own.date;
    // "They spoke on Tuesday … The earlier call took place on 2 October": a call of its own between the same people.
    else if (own?.kind === 'day' && own.date !== null && own.date !== target.date && target.status === 'held' && EARLIER_CALL.test(trigger.words)) {
      target = { participants: [...target.participants], initiator: null, date: own.date, medium: null, status: 'held', at: trigger.at };
      calls.push(target);
    }
  }
  if (target.date === null && target.status === 'held') target.date = dayRightAfter(context, trigger.end, end);
  const initiator = initiatorIn(narrative, mentions, { start: sentence.start, end: sentence.end });
  if (initiator && !target.participants.includes(initiator) && /\binvitation\b|\bconvened\b/.test(narrative.slice(sentence.start, sentence.end))) target.participants.push(initiator);
  if (initiator && target.participants.includes(initiator)) target.initiator ??= initiator;
  target.medium ??= eventMedium(trigger.words);
}

function dayRightAfter(context: CallContext, from: number, to: number): IsoDate | null {
  const narrative = context.document.narrative;
  const phrase = eventPhrases(narrative, { start: from, end: to })[0];
  if (!phrase || phrase.precision !== 'exact' || !context.publishedAt || !DAY_RIGHT_AFTER.test(narrative.slice(from, phrase.at))) return null;
  return phrase.resolve(context.publishedAt, 'past');
}

/** Adds a call, or merges it into one with the same people and status whose date does not conflict; says whether anything changed. */
export function addCall(calls: FoundCall[], call: FoundCall): boolean {
  const sameCall = calls.find(
    (found) =>
      found.status === call.status &&
      (call.participants.every((entity) => found.participants.includes(entity)) || found.participants.every((entity) => call.participants.includes(entity))) &&
      (found.date === null || call.date === null || found.date === call.date) &&
      !(found.vague && call.date !== null) &&
      !(call.vague && found.date !== null),
  );
  if (!sameCall) {
    calls.push(call);
    return true;
  }
  const before = `${sameCall.participants.length}|${sameCall.date}|${sameCall.medium}|${sameCall.initiator?.id}`;
  for (const person of call.participants) if (!sameCall.participants.includes(person)) sameCall.participants.push(person);
  sameCall.date ??= call.date;
  sameCall.medium ??= call.medium;
  sameCall.initiator ??= call.initiator;
  return before !== `${sameCall.participants.length}|${sameCall.date}|${sameCall.medium}|${sameCall.initiator?.id}`;
}
