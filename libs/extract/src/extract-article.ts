import { emptyExtraction, type Extraction } from '@parley/domain';
import { placeStatements } from './attribution/place-statements';
import { attributeQuotes, type Attribution } from './attribution/speakers';
import { findCalls } from './events/calls';
import { latestDateBefore } from './events/event-clauses';
import { toExtractedCall, toExtractedMeeting } from './events/event-output';
import { findMeetings } from './events/meetings';
import { findPolicyActions } from './events/policy/find-policy-actions';
import { checkInput, type ArticleInput } from './input';
import type { Entity } from './people/entities';
import { peopleOutput } from './people/output';
import { readPeople } from './people/read-people';
import { buildStatements } from './statements';
import { readDocument } from './text/document';

/**
 * Extracts what an article reports: the people it names, what they said (each
 * quotation with its speaker, channel, date and span), the calls and meetings between
 * them and the policy actions announced, in the shape of the annotated corpus. Pure and
 * deterministic. Throws `ExtractionInputError` for input it cannot read.
 */
export function extractArticle(input: ArticleInput): Extraction {
  return readArticle(input).extraction;
}

/** The extraction with the attributions its statements were built from. */
export interface ArticleReading {
  extraction: Extraction;
  attributions: readonly Attribution[];
}

export function readArticle(input: ArticleInput): ArticleReading {
  const checked = checkInput(input);
  const text = checked.text;
  const document = readDocument(text);
  const publishedAt = checked.publishedAt ?? document.headerDate ?? null;
  const article = { publishedAt, title: checked.title ?? null, publisher: checked.publisher ?? null, url: checked.url ?? null };
  if (document.paragraphs.length === 0) return { extraction: emptyExtraction(article), attributions: [] };

  const { countries, entities, resolved } = readPeople(document);
  const attributions = attributeQuotes(document, resolved, entities);
  const events = { document, resolved, publishedAt, latestDateBefore: latestDateBefore(document, publishedAt) };
  const meetings = findMeetings(events);
  const calls = findCalls({ ...events, entities, countries, meetings });
  const placements = placeStatements({ ...events, calls, meetings }, entities, attributions);
  const statements = buildStatements(document, attributions, placements, entities);
  const policyActions = findPolicyActions(document, resolved, countries, publishedAt, meetings);

  const used = new Set<Entity>([
    ...attributions.flatMap((attribution) => (attribution.speaker ? [attribution.speaker] : [])),
    ...calls.flatMap((call) => call.participants),
    ...meetings.flatMap((meeting) => meeting.participants),
    ...entities.all.filter((entity) => policyActions.some((action) => action.announcedBy === entity.name)),
  ]);
  const extraction = {
    article,
    people: peopleOutput(entities, used),
    statements,
    calls: [...calls].sort((a, b) => a.at - b.at).map(toExtractedCall),
    meetings: meetings.map(toExtractedMeeting),
    policyActions,
  };
  return { extraction, attributions };
}
