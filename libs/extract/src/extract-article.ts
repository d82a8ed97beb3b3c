import { emptyExtraction, type ExtractedCall, type Extraction, type IsoDate } from '@parley/domain';
import { eventPhrases } from './attribution/clause-dates';
import { StatementPlacer } from './attribution/occasions';
import { attributeQuotes, type Attribution } from './attribution/speakers';
import { findCalls, type FoundCall } from './events/calls';
import { findPolicyActions } from './events/policy-actions';
import { checkInput, type ArticleInput } from './input';
import { Countries } from './people/countries';
import { registerPeople, type Entity } from './people/entities';
import { findInstitutionMentions } from './people/institutions';
import { findIntroductions } from './people/introductions';
import { findPersonMentions, overlaps } from './people/mentions';
import { peopleOutput } from './people/output';
import { resolveMentions } from './people/resolve';
import { buildStatements } from './statements';
import { readDocument, type ArticleDocument } from './text/document';
import type { Quote } from './text/quotes';

/**
 * Extracts what an article reports: the people it names, what they said (each
 * quotation with its speaker, channel, date and span), the calls between them and the
 * policy actions announced, in the shape of the annotated corpus. Pure and deterministic.
 * Throws `ExtractionInputError` for input it cannot read.
 */
export function extractArticle(input: ArticleInput): Extraction {
  const checked = checkInput(input);
  const text = checked.text;
  const document = readDocument(text);
  const publishedAt = checked.publishedAt ?? document.headerDate ?? null;
  const article = { publishedAt, title: checked.title ?? null, publisher: checked.publisher ?? null, url: checked.url ?? null };
  if (document.paragraphs.length === 0) return emptyExtraction(article);

  const bodyStart = document.paragraphs[0]?.start ?? 0;
  const introductions = findIntroductions(document.narrative, document.sentences);
  const countries = new Countries(document.narrative, introductions.map((introduction) => introduction.of ?? '').filter(Boolean));
  const entities = registerPeople(introductions, countries);
  const personMentions = findPersonMentions(document.narrative, bodyStart, entities, countries);
  const institutionMentions = findInstitutionMentions(document.narrative, bodyStart, entities, countries);
  const mentions = [...institutionMentions, ...personMentions.filter((mention) => !overlaps(institutionMentions, mention.start, mention.end))].sort((a, b) => a.start - b.start);
  const resolved = resolveMentions(document, mentions, entities);

  const attributions = attributeQuotes(document, resolved);
  const speakerOf = speakerLookup(attributions);
  const found = findCalls(document, resolved, entities, publishedAt, latestDateBefore(document, publishedAt), speakerOf);
  const placements = new StatementPlacer(document, resolved, found, publishedAt).placeAll(attributions);
  const statements = buildStatements(document, attributions, placements, entities);
  const calls = found.map(toExtractedCall);

  const used = new Set<Entity>([...attributions.flatMap((attribution) => (attribution.speaker ? [attribution.speaker] : [])), ...found.flatMap((call) => call.participants)]);
  const policyActions = findPolicyActions(document, resolved, countries, publishedAt);
  return { article, people: peopleOutput(entities, used), statements, calls, meetings: [], policyActions };
}

function speakerLookup(attributions: readonly Attribution[]): (quote: Quote) => Entity | null {
  const byQuote = new Map(attributions.map((attribution) => [attribution.quote, attribution.speaker]));
  return (quote) => byQuote.get(quote) ?? null;
}

/** The date of the latest earlier sentence that dates its event exactly: what "a day after" counts from. */
function latestDateBefore(document: ArticleDocument, publishedAt: IsoDate | null): (at: number) => IsoDate | null {
  return (at) => {
    if (!publishedAt) return null;
    for (let index = document.sentences.length - 1; index >= 0; index -= 1) {
      const sentence = document.sentences[index];
      if (!sentence || sentence.start >= at) continue;
      const phrase = eventPhrases(document.narrative, sentence).find((candidate) => candidate.precision === 'exact');
      if (phrase) return phrase.resolve(publishedAt, 'past');
    }
    return publishedAt;
  };
}

function toExtractedCall(call: FoundCall, index: number): ExtractedCall {
  return {
    id: `call:${index + 1}`,
    participants: call.participants.map((entity) => entity.name),
    initiator: call.initiator?.name ?? null,
    date: call.date,
    medium: call.medium,
    status: call.status,
  };
}
