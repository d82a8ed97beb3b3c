import type { ExtractedStatement, TextEvidence } from '@parley/domain';
import type { Placement } from './attribution/occasions';
import type { Attribution } from './attribution/speakers';
import type { Entities, Entity } from './people/entities';
import type { ArticleDocument } from './text/document';
import type { Quote } from './text/quotes';
import type { Range } from './text/ranges';

const HEADING_END = /[.!?…]\s*["”’']?$/;
const MAX_HEADING_WORDS = 30;
const SELF_REPORT = /\bI\s+(?:told|said to|asked|wrote to)\b[^‘’'"“”]*$/;

/**
 * "Vos urges leaders to ‘hold the line’" in a headline, the summary and a subheading: the
 * same words of the same speaker quoted again, in a heading or after one, are the one
 * statement already read.
 */
function isRepeat(said: Map<Entity | null, Map<string, boolean>>, speaker: Entity | null, text: string, heading: boolean): boolean {
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const known = said.get(speaker) ?? new Map<string, boolean>();
  said.set(speaker, known);
  const before = known.get(words);
  if (before !== undefined && (before || heading)) return true;
  known.set(words, heading);
  return false;
}

/** A headline or subheading: a short paragraph that ends without a full stop. */
function isHeading(document: ArticleDocument, quote: Quote): boolean {
  const paragraph = document.paragraphs[quote.paragraph];
  if (!paragraph) return false;
  const text = document.text.slice(paragraph.start, paragraph.end).trim();
  return !HEADING_END.test(text) && text.split(/\s+/).length <= MAX_HEADING_WORDS;
}

/** One statement per top-level quotation, then the nested quotations, optional and credited to their own speaker. */
export function buildStatements(document: ArticleDocument, attributions: readonly Attribution[], placements: readonly Placement[], entities: Entities): ExtractedStatement[] {
  const byQuote = new Map<Quote, [Attribution, Placement]>();
  attributions.forEach((attribution, index) => byQuote.set(attribution.quote, [attribution, placements[index] as Placement]));
  const statements: ExtractedStatement[] = [];
  const said = new Map<Entity | null, Map<string, boolean>>();
  for (const quote of document.quotes) {
    const text = document.text.slice(quote.start, quote.end);
    const span = { start: quote.start, end: quote.end };
    if (quote.parent === null) {
      const found = byQuote.get(quote);
      if (!found) continue;
      const [attribution, placement] = found;
      if (!attribution.optional && isRepeat(said, attribution.speaker, text, isHeading(document, quote))) continue;
      const evidence = { source: wordsAt(document, attribution.source), cue: wordsAt(document, attribution.verb && { start: attribution.verb.start, end: attribution.verb.start + attribution.verb.word.length }) };
      statements.push({ speaker: attribution.speaker?.name ?? null, text, kind: 'direct', channel: placement.channel, date: placement.date, optional: attribution.optional, span, ...evidence });
      continue;
    }
    const outer = document.quotes[quote.parent];
    const outerSpeaker = outer ? (byQuote.get(outer)?.[0].speaker ?? null) : null;
    const speaker = outer ? nestedSpeaker(document, outer, quote, outerSpeaker, entities) : null;
    statements.push({ speaker: speaker?.name ?? null, text, kind: 'direct', channel: 'unknown', date: null, optional: true, span, source: null, cue: null });
  }
  return statements;
}

function wordsAt(document: ArticleDocument, range: Range | null): TextEvidence | null {
  return range ? { text: document.text.slice(range.start, range.end), start: range.start, end: range.end } : null;
}

/** Who a quotation inside a quotation quotes: "I told her: ‘…’" is the outer speaker; "the chancellor said to us, ‘…’" the chancellor. */
function nestedSpeaker(document: ArticleDocument, outer: Quote, inner: Quote, outerSpeaker: Entity | null, entities: Entities): Entity | null {
  const lead = document.text.slice(outer.start, inner.open);
  if (SELF_REPORT.test(lead)) return outerSpeaker;
  const named = /(?:\b(?:the|our)\s+((?:prime\s+)?(?:minister|president|chancellor|premier))|(\p{Lu}[\p{L}-]+))\s+(?:\w+\s+)?(?:said|says|told|asked|likes? to say|keeps? saying|kept saying)\b[^‘’'"“”]*$/iu.exec(lead);
  if (!named) return null;
  if (named[2]) return entities.personByWord(named[2]) ?? null;
  const title = (named[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const holders = entities.people().filter((person) => person.roles.some((role) => role.title.toLowerCase() === title || role.title.toLowerCase().endsWith(` ${title}`)));
  return holders.length === 1 ? (holders[0] ?? null) : null;
}
