import { addCall, type FoundCall } from '../events/calls';
import { quotedCalls } from '../events/quoted-calls';
import type { Entities, Entity } from '../people/entities';
import { occasionCues } from './occasion-cues';
import { StatementPlacer, type Placement, type PlacingContext } from './occasions';
import type { Attribution } from './speakers';

/**
 * Dates and channels of every quotation, and the calls the speakers' own words report
 * ("I spoke with Prime Minister Haldane today"), which are dated by those words' day. When
 * such a call changes what the narrative said of the calls, the quotations are placed
 * again, since a readout's words take the day of the call they report.
 */
export function placeStatements(events: Omit<PlacingContext, 'cues'> & { calls: FoundCall[] }, entities: Entities, attributions: readonly Attribution[]): Placement[] {
  const speakers = new Set(attributions.flatMap((attribution) => (attribution.speaker ? [attribution.speaker] : [])));
  const matters = (entity: Entity) => speakers.has(entity) || entity.kind === 'institution';
  const cues = events.document.sentences.map((sentence, index) => occasionCues(events.document, events.resolved, sentence, index, matters));
  const context = { ...events, cues };
  const placements = new StatementPlacer(context).placeAll(attributions);
  const spoken = attributions.map((attribution, index) => ({ quote: attribution.quote, speaker: attribution.optional ? null : attribution.speaker, date: placements[index]?.date ?? null }));
  const changed = quotedCalls(context.document, entities, spoken, context.calls).map((call) => addCall(context.calls, call));
  return changed.includes(true) ? new StatementPlacer(context).placeAll(attributions) : placements;
}
