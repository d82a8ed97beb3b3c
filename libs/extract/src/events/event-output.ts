import type { ExtractedCall, ExtractedMeeting } from '@parley/domain';
import type { FoundCall, FoundEvent } from './calls';
import type { FoundMeeting } from './meetings';

/** A call as the extraction gives it: names for people, an id local to the article. */
export function toExtractedCall(call: FoundCall, index: number): ExtractedCall {
  return { ...eventFields(call, `call:${index + 1}`), medium: call.medium };
}

export function toExtractedMeeting(meeting: FoundMeeting, index: number): ExtractedMeeting {
  return { ...eventFields(meeting, `meeting:${index + 1}`), location: meeting.location };
}

function eventFields(event: FoundEvent, id: string) {
  return {
    id,
    participants: event.participants.map((entity) => entity.name),
    initiator: event.initiator?.name ?? null,
    date: event.date,
    status: event.status,
  };
}
