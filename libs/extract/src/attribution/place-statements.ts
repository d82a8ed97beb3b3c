import type { IsoDate } from '@parley/domain';
import { addCall, type FoundCall } from '../events/calls';
import { quotedCalls } from '../events/quoted-calls';
import type { Entities } from '../people/entities';
import type { ResolvedMentions } from '../people/resolve';
import type { ArticleDocument } from '../text/document';
import { StatementPlacer, type Placement } from './occasions';
import type { Attribution } from './speakers';

/**
 * Dates and channels of every quotation, and the calls the speakers' own words report
 * ("I spoke with Prime Minister Haldane today"), which are dated by those words' day. When
 * such a call changes what the narrative said of the calls, the quotations are placed
 * again, since a readout's words take the day of the call they report.
 */
export function placeStatements(
  document: ArticleDocument,
  resolved: ResolvedMentions,
  entities: Entities,
  attributions: readonly Attribution[],
  calls: FoundCall[],
  publishedAt: IsoDate | null,
): Placement[] {
  const placements = new StatementPlacer(document, resolved, calls, publishedAt).placeAll(attributions);
  const spoken = attributions.map((attribution, index) => ({ quote: attribution.quote, speaker: attribution.optional ? null : attribution.speaker, date: placements[index]?.date ?? null }));
  const changed = quotedCalls(document, entities, spoken).map((call) => addCall(calls, call));
  return changed.includes(true) ? new StatementPlacer(document, resolved, calls, publishedAt).placeAll(attributions) : placements;
}
