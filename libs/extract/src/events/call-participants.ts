import type { Entity } from '../people/entities';
import type { Mention } from '../people/mentions';
import { isLeader, leaderOf } from '../people/title-mentions';
import type { Range } from '../text/ranges';
import type { Sentence } from '../text/sentences';
import type { CallTrigger } from './call-triggers';
import type { CallContext, FoundCall, FoundEvent } from './calls';
import { clauseStart } from './event-clauses';
import { initiatorIn } from './initiators';
import { groupCount, leadersNamedBefore, namedAfter, subjectGroup } from './participants';

const WITH_SOMEONE = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:with|between)\b/u;
const WITH_GROUP = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:with|to|between)\s+(?:both|the\s+(?:two|three|four))\s+(?:leaders|men|women)\b/u;
const COUNTRY_LIST = '((?:\\p{Lu}[\\p{L}-]+,\\s+)*\\p{Lu}[\\p{L}-]+,?\\s+and\\s+\\p{Lu}[\\p{L}-]+)';
/** "The leaders of Merania, Tolvak and Sennland held …", "Dalmora and Serkand agreed … after a call …": each country's leader. */
const LEADERS_OF = new RegExp(`^(?:[^,]*?\\s)?[Tt]he\\s+leaders\\s+of\\s+${COUNTRY_LIST}(?=\\s+\\p{Ll}|\\s*$)|^${COUNTRY_LIST}\\s+\\p{Ll}`, 'u');
/** "SOLVANG, Feb. 4 (Wire) — ": the place and day a wire story opens with, before its first clause. */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\s.'’-]*,[^,—–]{1,40}?\s[—–-]{1,2}\s+/u;
const LEADER_OF = /\b(?:with|to|and|from)\s+(?:(\p{Lu}[\p{L}-]+)['’]s\s+(?:leader|head of (?:state|government))|the\s+(?:leader|head of (?:state|government))\s+of\s+(\p{Lu}[\p{L}-]+)|the\s+(\p{Lu}[\p{L}-]+)\s+leader)\b/gu;
const THEY = /^\s*(?:They|they|Both)\s+(?:\p{Ll}+\s+){0,4}$/u;
const MEETING_WORDS = /\b(?:meeting|visit|summit|talks)\b/i;
/** "… in a phone call", "during a video call": the call is where the clause's act took place. */
const IN_A_CALL = /\b(?:in|during|over|on)\s+$/;
/** "Vos said on Monday, after a phone call with …": the sentence's subject took part in the call its act followed. */
const AFTER_A_CALL = /\b(?:after|following)\s+$/;
/** "In a phone conversation on Monday, Vos told Tiede …": the call opens the sentence, and the main clause names its people. */
const FRONTED_CALL = /^\s*(?:In|During|Over|On)\s+$/;
/** "Speaking by phone on Monday, Vos and Tiede agreed …". */
const FRONTED_PARTICIPLE = /^\s*(?:Speaking|Talking)$/;
const MAIN_CLAUSE = /,\s+([^,;:]*)/;
const CLAUSE_OPENING = /\bthat\s+|[;:]\s*/g;
const COORDINATED_VERB = /\band\s+(?:(?:are|is|was|were|will|would|have|has|had|also|then|later|both|jointly|scheduled|due|expected|set|agreed|planning|plan|plans|planned|hope|hoped|hoping|promised|intend|intended|to)\s+)*$/;
const OPENING_GROUP = /^(?:[^,]*,\s+)?(?:the|both)\s+(?:two|three|four)?\s*(?:leaders|men|women|presidents|prime ministers)\b/i;

/** A call trigger in its sentence, and the clause after it where the people called are named. */
export interface TriggerInSentence {
  sentence: Sentence;
  index: number;
  mentions: readonly Mention[];
  trigger: CallTrigger;
  after: Range;
}

/** Everyone a call trigger names, from the subject, the objects, the group it speaks of, or the event it belongs to. */
export function callParticipants(context: CallContext, calls: readonly FoundCall[], { sentence, index, mentions, trigger, after }: TriggerInSentence): Entity[] {
  const narrative = context.document.narrative;
  const people = new Set<Entity>();
  const add = (entity: Entity | null | undefined) => entity?.kind === 'individual' && people.add(entity);
  const group = subjectGroup(narrative, mentions, trigger.verbAt);
  for (const mention of group) add(mention.entity);
  if (group.length === 0) for (const person of coordinatedSubjects(context, sentence, index, mentions, trigger.verbAt)) add(person);
  if (people.size === 0 && IN_A_CALL.test(narrative.slice(Math.max(sentence.start, trigger.at - 12), trigger.at))) for (const person of partiesBefore(narrative, sentence, mentions, trigger.at)) add(person);
  if (people.size === 0 && (FRONTED_CALL.test(narrative.slice(sentence.start, trigger.at)) || FRONTED_PARTICIPLE.test(narrative.slice(sentence.start, trigger.end)))) for (const person of partiesOfMainClause(context, sentence, index, trigger.end)) add(person);
  for (const leader of leadersOfCountries(context, narrative.slice(sentence.start, trigger.verbAt))) add(leader);
  for (const leader of leadersByOffice(context, narrative.slice(trigger.end, after.end))) add(leader);
  add(trigger.callee?.entity);
  const joined = trigger.objectsBefore ? namedWithin(narrative, mentions, trigger.objectsBefore).flatMap((mention) => (mention.entity ? [mention.entity] : [])) : [];
  for (const person of joined) add(person);
  add(trigger.owner?.entity);
  const objects = namedAfter(narrative, mentions, after);
  for (const mention of objects) add(mention.entity);
  add(initiatorIn(narrative, mentions, { start: trigger.at, end: after.end }));
  if (group.length === 0 && THEY.test(narrative.slice(clauseStart(narrative, sentence.start, trigger.verbAt), trigger.verbAt))) {
    for (const person of latestEvent([...calls, ...context.meetings])?.participants ?? []) add(person);
  }
  const count = groupCount(narrative, sentence.start, trigger.verbAt);
  // "The two leaders will join Varnau for a call": the group is the subject, and the one it joins comes besides.
  if (count !== null && joined.length > 0) for (const person of leadersNamedBefore(context.resolved, index, count, joined)) add(person);
  else if (count !== null && people.size < count) {
    const ofLeaders = /\bleaders\b/i.test(narrative.slice(Math.max(sentence.start, trigger.verbAt - 40), trigger.verbAt));
    const earlier = [...calls]
      .reverse()
      .find((call) => call.participants.length === count && [...people].every((person) => call.participants.includes(person)) && (!ofLeaders || call.participants.every(isLeader)));
    for (const person of earlier?.participants ?? leadersNamedBefore(context.resolved, index, count)) add(person);
  }
  const othersCount = groupCount(narrative, trigger.end, Math.min(after.end, trigger.end + 30));
  if (othersCount !== null && WITH_GROUP.test(narrative.slice(trigger.end, after.end))) {
    for (const person of leadersNamedBefore(context.resolved, index, othersCount, [...people])) add(person);
  }
  if (trigger.repeat && people.size < 2) for (const person of [...calls].reverse().find((call) => call.at < trigger.at)?.participants ?? []) add(person);
  const afterCall = AFTER_A_CALL.test(narrative.slice(Math.max(sentence.start, trigger.at - 12), trigger.at));
  if ((people.size === 1 || afterCall) && group.length === 0 && trigger.kind === 'new_call') add(context.resolved.subjects[index]);
  if (people.size < 2 && objects.length === 0 && trigger.kind === 'new_call' && !WITH_SOMEONE.test(narrative.slice(trigger.end, after.end))) {
    for (const person of partnersOf([...people], [...calls].reverse(), context, sentence)) add(person);
  }
  return [...people];
}

/**
 * "The two leaders spoke by phone …, and are scheduled to hold a video call", "Marsk and
 * Vos discussed energy and agreed to speak again": a verb joined by "and" to the clause
 * before, with no subject of its own, shares that clause's subject.
 */
function coordinatedSubjects(context: CallContext, sentence: Sentence, index: number, mentions: readonly Mention[], verbAt: number): Entity[] {
  const narrative = context.document.narrative;
  const coordination = COORDINATED_VERB.exec(narrative.slice(sentence.start, verbAt));
  if (!coordination) return [];
  const andAt = sentence.start + coordination.index;
  const opening = OPENING_GROUP.exec(narrative.slice(sentence.start, andAt));
  if (opening) return leadersNamedBefore(context.resolved, index, groupCount(narrative, sentence.start, sentence.start + opening[0].length) ?? 2);
  const people = mentions.filter((mention) => mention.end <= andAt && mention.entity?.kind === 'individual' && !mention.possessive);
  const last = people[people.length - 1];
  if (!last || /[,;:]/.test(narrative.slice(last.end, andAt))) return [];
  return subjectGroup(narrative, mentions, last.end).flatMap((mention) => (mention.entity ? [mention.entity] : []));
}

/** "she had warned Haldane, her counterpart, in a phone call": the subject of the clause and the person it acted on. */
function partiesBefore(narrative: string, sentence: Sentence, mentions: readonly Mention[], at: number): Entity[] {
  let from = sentence.start;
  for (const found of narrative.slice(sentence.start, at).matchAll(CLAUSE_OPENING)) from = sentence.start + found.index + found[0].length;
  const people = namedWithin(narrative, mentions, { start: from, end: at });
  const first = people[0]?.entity;
  const last = people[people.length - 1]?.entity;
  return first && last && first !== last ? [first, last] : [];
}

/** "In a call on Monday, Vos told Tiede that …", "During a call, the two leaders agreed …": the subject of the main clause and the first person it acts on. */
function partiesOfMainClause(context: CallContext, sentence: Sentence, index: number, after: number): Entity[] {
  const narrative = context.document.narrative;
  const mentions = context.resolved.bySentence[index] ?? [];
  const main = MAIN_CLAUSE.exec(narrative.slice(after, sentence.end));
  if (!main) return [];
  const from = after + main.index + main[0].length - (main[1] ?? '').length;
  const thatAt = /\bthat\b/.exec(main[1] ?? '');
  const to = thatAt ? from + thatAt.index : after + main.index + main[0].length;
  const count = /^(?:the|both)\b/i.test(main[1] ?? '') ? groupCount(narrative, from, Math.min(to, from + 40)) : null;
  if (count !== null) return leadersNamedBefore(context.resolved, index, count);
  const people = namedWithin(narrative, mentions, { start: from, end: to });
  const first = people[0]?.entity;
  const second = people.find((mention) => mention.entity !== first)?.entity;
  return first && second ? [first, second] : [];
}

/** "join Holt and Tiede for a call": the people the verb names. */
function namedWithin(narrative: string, mentions: readonly Mention[], range: Range): Mention[] {
  return mentions.filter((mention) => mention.start >= range.start && mention.end <= range.end && mention.entity?.kind === 'individual' && !mention.possessive && !isOwnerWord(narrative, mention));
}

const isOwnerWord = (narrative: string, mention: Mention) => mention.kind === 'pronoun' && !mention.object && /^(?:his|her)$/i.test(narrative.slice(mention.start, mention.end));

/** The event reported last: whom "They will speak again" means. */
function latestEvent(events: readonly FoundEvent[]): FoundEvent | undefined {
  return events.reduce<FoundEvent | undefined>((latest, event) => (!latest || event.at > latest.at ? event : latest), undefined);
}

/** "The leaders of Merania, Tolvak and Sennland held a video call": the leader of each country named. */
function leadersOfCountries(context: CallContext, lead: string): Entity[] {
  const match = LEADERS_OF.exec(lead.replace(DATELINE, ''));
  const list = match?.[1] ?? match?.[2];
  if (!list) return [];
  const leaders = list.split(/,?\s+and\s+|,\s+/).map((word) => leaderOf(context.countries.resolve(word.trim()), context.entities));
  return leaders.every((leader) => leader !== null) ? (leaders as Entity[]) : [];
}

/** "with Belmark’s leader", "with the leader of Belmark", "with the Belmarkian leader": the one leader the article gives that country. */
function leadersByOffice(context: CallContext, after: string): Entity[] {
  const leaders: Entity[] = [];
  if (!/leader|head of/.test(after)) return leaders;
  for (const match of after.matchAll(LEADER_OF)) {
    const leader = leaderOf(context.countries.resolve(match[1] ?? match[2] ?? match[3] ?? null), context.entities);
    if (leader) leaders.push(leader);
  }
  return leaders;
}

/** "a call requested by Haldane": the others of the latest event with him; "the meeting was arranged during a call": the meeting's people. */
function partnersOf(people: readonly Entity[], latestFirst: readonly FoundCall[], context: CallContext, sentence: Sentence): Entity[] {
  const text = context.document.narrative.slice(sentence.start, sentence.end);
  const told = context.meetings.filter((meeting) => meeting.at < sentence.end);
  const meetings = [...(told.length > 0 ? told : context.meetings)].reverse();
  if (people.length === 0) return MEETING_WORDS.test(text) ? (meetings[0]?.participants ?? []) : [];
  // One person known: a partner from an event told before, not from one the story comes to later.
  const events = [...latestFirst, ...[...told].reverse()];
  return events.find((event) => people.every((person) => event.participants.includes(person)))?.participants ?? [];
}

