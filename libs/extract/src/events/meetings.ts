import type { EventStatus } from '@parley/domain';
import type { Entity } from '../people/entities';
import type { Mention } from '../people/mentions';
import type { Sentence } from '../text/sentences';
import type { FoundEvent } from './calls';
import { clauseEnd, clauseStart, eventDate, eventStatus, isDenied, isHypothetical, type EventContext } from './event-clauses';
import { namedAfter, namedTogetherFrom, subjectGroup } from './participants';

/** An in-person meeting or summit, with where it is held. */
export interface FoundMeeting extends FoundEvent {
  location: string | null;
}

/** Words without which the trigger below cannot match. */
const MAY_SPEAK_OF_A_MEETING = /meet|met\b|talks/;
/** "will meet", "met", "after meeting X", "hold a first round of talks", "after talks with X". */
const MEETING_TRIGGER = /\b(?:meet|meets|met|meeting)\b|\b(?:hold|holds|held|holding|have|had|begin|began|open|opened)\s+(?:a\s+|the\s+|their\s+)?(?:(?:first|second|new|further|fresh)\s+)?(?:round\s+of\s+)?talks\b|\b(?:after|following|for)\s+(?:(?:[\p{L}\d-]+\s+){1,3}of\s+)?talks\b/gu;
/** "will travel to the Korvian capital, Drasko, for talks": where the talks are. */
const TRAVEL_TO = /\b(?:travel|travels|travelled|traveling|travelling|fly|flies|flew|go|goes|went|head|heads|headed)\s+to\s+(?:the\s+(?:[\p{L}-]+\s+){0,3}?(?:town|city|capital|village|port|resort|region|province)(?:\s+of)?,?\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)/u;
const BY_PHONE = /^\s*(?:by|over the|via)\s+(?:telephone|phone|video)/;
const OBJECT_AFTER = /^\s+(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u;
const NOT_NAMES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const PLACE_IN = /\bin\s+(?:the\s+(?:[\p{L}-]+\s+){0,3}?(?:town|city|capital|village|port|resort|region|province|seaside)(?:\s+of)?,?\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)/gu;
/** "They are due to meet again": the people of the meeting before. */
const THEY = /^(?:They|Both)\s+(?:[\p{Ll}]+\s+){0,4}$/u;
/** "a virtual meeting": a call, not a meeting in person. */
const ONLINE_BEFORE = /\b(?:virtual|online|video)[ -]$/i;
const PLACE_AT = /\bat\s+(?:the\s+|a\s+)?((?:\p{Lu}[\p{L}’'-]*\s+)+(?:summit|conference|forum|meeting|talks))\b/u;

/** A meeting trigger in its sentence, and the people of the meeting before ("They are due to meet again"). */
interface MeetingMention {
  sentence: Sentence;
  index: number;
  at: number;
  trigger: string;
  earlierPeople: readonly Entity[];
}

/** Finds the meetings an article reports between people it names. */
export function findMeetings(context: EventContext): FoundMeeting[] {
  const meetings: FoundMeeting[] = [];
  context.document.sentences.forEach((sentence, index) => {
    const text = context.document.narrative.slice(sentence.start, sentence.end);
    if (/\?\s*$/.test(text)) return;
    if (!MAY_SPEAK_OF_A_MEETING.test(text)) return;
    for (const match of text.matchAll(MEETING_TRIGGER)) {
      const earlierPeople = (THEY.test(text.slice(0, match.index)) ? meetings[meetings.length - 1]?.participants : undefined) ?? [];
      const meeting = newMeeting(context, { sentence, index, at: sentence.start + match.index, trigger: match[0], earlierPeople });
      if (meeting) addMeeting(meetings, meeting);
    }
  });
  return meetings;
}

function newMeeting(context: EventContext, { sentence, index, at, trigger, earlierPeople }: MeetingMention): FoundMeeting | null {
  const { document, resolved } = context;
  const narrative = document.narrative;
  const mentions = resolved.bySentence[index] ?? [];
  if (/^meeting$/i.test(trigger) && /\b(?:the|a|an|this|that|their)\s+$/i.test(narrative.slice(Math.max(0, at - 6), at))) return null;
  if (/^meeting$/i.test(trigger) && ONLINE_BEFORE.test(narrative.slice(Math.max(0, at - 9), at))) return null;
  const triggerEnd = at + trigger.length;
  const from = clauseStart(narrative, sentence.start, at);
  const end = clauseEnd(narrative, triggerEnd, sentence.end);
  if (isHypothetical(narrative, from, at) || isDenied(context.document, from, at, end) || BY_PHONE.test(narrative.slice(triggerEnd, end))) return null;
  const journeyFrom = /^for\b/i.test(trigger) ? sentence.start : from;
  const status: EventStatus = /^(?:after|following)\b/i.test(trigger) ? 'held' : eventStatus(narrative, journeyFrom, at, end);
  const people = new Set<Entity>();
  const add = (entity: Entity | null | undefined) => entity?.kind === 'individual' && people.add(entity);
  const group = subjectGroup(narrative, mentions, at);
  for (const mention of group) add(mention.entity);
  for (const person of earlierPeople) add(person);
  for (const mention of namedAfter(narrative, mentions, { start: triggerEnd, end })) add(mention.entity);
  const object = mentions.find((mention) => mention.start > triggerEnd && !mention.possessive && OBJECT_AFTER.test(narrative.slice(triggerEnd, mention.start)));
  if (object && /^(?:met|meet|meets|meeting)$/i.test(trigger)) add(object.entity);
  if (group.length === 0 && people.size === 1 && /\b(?:after|following|before)\s+$/i.test(narrative.slice(Math.max(sentence.start, at - 12), at + (/^(?:after|following)/i.test(trigger) ? 10 : 0)))) {
    add(resolved.subjects[index]);
  }
  if (/^(?:after|following|for)\s/i.test(trigger) && /talks$/i.test(trigger) && group.length === 0) for (const person of subjectsOf(narrative, mentions, resolved.subjects[index])) add(person);
  if (people.size < 2) return null;
  const date = eventDate(narrative, sentence, { start: group[0]?.start ?? at, end }, status, context.publishedAt, context.latestDateBefore).date;
  const location = placeOf(narrative.slice(triggerEnd, end)) ?? TRAVEL_TO.exec(narrative.slice(journeyFrom, at))?.[1] ?? null;
  return { participants: [...people], initiator: null, date, medium: null, status, at, location };
}

/** "Vos and Tiede announced a truce after three hours of talks": the sentence's subject, with those named together with it. */
function subjectsOf(narrative: string, mentions: readonly Mention[], subject: Entity | null | undefined): Entity[] {
  const first = mentions.find((mention) => mention.entity === subject);
  if (!subject || !first) return subject ? [subject] : [];
  return namedTogetherFrom(narrative, mentions, first).flatMap((mention) => (mention.entity ? [mention.entity] : []));
}

function placeOf(clause: string): string | null {
  for (const inPlace of clause.matchAll(PLACE_IN)) {
    const name = inPlace[1]?.trim();
    if (name && !NOT_NAMES.test(name.split(' ')[0] ?? '')) return name;
  }
  return PLACE_AT.exec(clause)?.[1]?.trim() ?? null;
}

function addMeeting(meetings: FoundMeeting[], meeting: FoundMeeting): void {
  const key = (found: FoundMeeting) => found.participants.map((entity) => entity.id).sort().join('|');
  const same = meetings.find((found) => found.status === meeting.status && key(found) === key(meeting) && (found.date === null || meeting.date === null || found.date === meeting.date));
  if (!same) {
    meetings.push(meeting);
    return;
  }
  same.date ??= meeting.date;
  same.location ??= meeting.location;
}
