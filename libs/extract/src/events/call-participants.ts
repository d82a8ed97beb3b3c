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
const WITH_GROUP = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:with|to)\s+(?:both|the\s+(?:two|three|four))\s+(?:leaders|men|women)\b/u;
const COUNTRY_LIST = '((?:\\p{Lu}[\\p{L}-]+,\\s+)*\\p{Lu}[\\p{L}-]+,?\\s+and\\s+\\p{Lu}[\\p{L}-]+)';
/** "The leaders of Merania, Tolvak and Sennland held …", "Dalmora and Serkand agreed … after a call …": each country's leader. */
const LEADERS_OF = new RegExp(`^(?:[^,]*?\\s)?[Tt]he\\s+leaders\\s+of\\s+${COUNTRY_LIST}(?=\\s+\\p{Ll}|\\s*$)|^${COUNTRY_LIST}\\s+\\p{Ll}`, 'u');
const THEY = /^\s*(?:They|they|Both)\s+(?:\p{Ll}+\s+){0,4}$/u;
const MEETING_WORDS = /\b(?:meeting|visit|summit|talks)\b/i;

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
  for (const leader of leadersOfCountries(context, narrative.slice(sentence.start, trigger.verbAt))) add(leader);
  add(trigger.callee?.entity);
  add(trigger.owner?.entity);
  const objects = namedAfter(narrative, mentions, after);
  for (const mention of objects) add(mention.entity);
  add(initiatorIn(narrative, mentions, { start: trigger.at, end: after.end }));
  if (group.length === 0 && THEY.test(narrative.slice(clauseStart(narrative, sentence.start, trigger.verbAt), trigger.verbAt))) {
    for (const person of latestEvent([...calls, ...context.meetings])?.participants ?? []) add(person);
  }
  const count = groupCount(narrative, sentence.start, trigger.verbAt);
  if (count !== null && people.size < count) {
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
  if (people.size === 1 && group.length === 0 && trigger.kind === 'new_call') add(context.resolved.subjects[index]);
  if (people.size < 2 && objects.length === 0 && trigger.kind === 'new_call' && !WITH_SOMEONE.test(narrative.slice(trigger.end, after.end))) {
    for (const person of partnersOf([...people], [...calls].reverse(), context, sentence)) add(person);
  }
  return [...people];
}

/** The event reported last: whom "They will speak again" means. */
function latestEvent(events: readonly FoundEvent[]): FoundEvent | undefined {
  return events.reduce<FoundEvent | undefined>((latest, event) => (!latest || event.at > latest.at ? event : latest), undefined);
}

/** "The leaders of Merania, Tolvak and Sennland held a video call": the leader of each country named. */
function leadersOfCountries(context: CallContext, lead: string): Entity[] {
  const match = LEADERS_OF.exec(lead);
  const list = match?.[1] ?? match?.[2];
  if (!list) return [];
  const leaders = list.split(/,?\s+and\s+|,\s+/).map((word) => leaderOf(context.countries.resolve(word.trim()), context.entities));
  return leaders.every((leader) => leader !== null) ? (leaders as Entity[]) : [];
}

/** "a call requested by Haldane": the others of the latest event with him; "the meeting was arranged during a call": the meeting's people. */
function partnersOf(people: readonly Entity[], latestFirst: readonly FoundCall[], context: CallContext, sentence: Sentence): Entity[] {
  const text = context.document.narrative.slice(sentence.start, sentence.end);
  const meetings = [...context.meetings].reverse();
  if (people.length === 0) return MEETING_WORDS.test(text) ? (meetings[0]?.participants ?? []) : [];
  const events = [...latestFirst, ...meetings];
  return events.find((event) => people.every((person) => event.participants.includes(person)))?.participants ?? [];
}

