import { toStoredValue, type EventKind, type ExtractedCall, type ExtractedMeeting } from '@parley/domain';
import { mergedEventDetails, newEventDetails } from './merge-rules';
import type { People } from './people';
import type { Landed, Tx } from './transaction';

type ExtractedEvent = ExtractedCall | ExtractedMeeting;

/**
 * Writes a call or meeting, or links the article to the one the graph already holds: the
 * same kind, the same day and the same participants are the same event, whichever article
 * reports it. An event without a day is never merged, since nothing says which one it is.
 * What the new article adds (initiator, medium, time, a firmer status) fills the gaps.
 */
export async function landEvent(tx: Tx, people: People, kind: EventKind, event: ExtractedEvent, articleId: number): Promise<Landed> {
  const participantIds: number[] = [];
  for (const name of new Set(event.participants)) participantIds.push((await people.resolve(name)).id);
  const initiatorId = event.initiator ? (await people.resolve(event.initiator)).id : null;
  const storedKind = toStoredValue(kind);

  const same = event.date
    ? await tx.event.findFirst({
        where: {
          kind: storedKind,
          date: event.date,
          participants: { every: { id: { in: participantIds } } },
          AND: participantIds.map((id) => ({ participants: { some: { id } } })),
        },
        select: { id: true, initiatorId: true, medium: true, time: true, location: true, status: true },
        orderBy: { id: 'asc' },
      })
    : null;

  if (same) {
    const details = mergedEventDetails(same, event, initiatorId);
    await tx.event.update({
      where: { id: same.id },
      data: { ...details, medium: details.medium as typeof same.medium, status: details.status as typeof same.status, articles: { connect: { id: articleId } } },
    });
    return { id: same.id, created: false };
  }

  const created = await tx.event.create({
    data: {
      ...newEventDetails(kind, event, initiatorId),
      participants: { connect: participantIds.map((id) => ({ id })) },
      articles: { connect: { id: articleId } },
    },
    select: { id: true },
  });
  return { id: created.id, created: true };
}
