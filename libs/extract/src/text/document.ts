import { readDateHeader, type IsoDate } from '@parley/domain';
import { findParagraphs } from './paragraphs';
import { findQuotes, type Quote } from './quotes';
import { indexOfRangeAt, type Range } from './ranges';
import { splitSentences, type Sentence } from './sentences';

/** Stands in for quoted words in the narrative: not a letter, a digit, a space or a mark. */
export const MASK = '\u00b7';

/**
 * An article read once: its paragraphs, quotations and sentences, and its narrative,
 * the text with every quotation's words masked so that patterns over the reporter's
 * own words never see what the speakers said. All offsets are those of the input text.
 */
export interface ArticleDocument {
  text: string;
  narrative: string;
  headerDate: IsoDate | null;
  paragraphs: Range[];
  quotes: Quote[];
  sentences: Sentence[];
}

export function readDocument(text: string): ArticleDocument {
  const header = readDateHeader(text);
  const paragraphs = findParagraphs(text, header.bodyStart);
  const quotes = findQuotes(text, paragraphs);
  const narrative = maskQuotes(text, quotes, header.bodyStart);
  const sentences = splitSentences(narrative, paragraphs);
  return { text, narrative, headerDate: header.publishedAt, paragraphs, quotes, sentences };
}

/** Quoted words masked, but a quote's final . ! or ? kept, since it may end a sentence. */
function maskQuotes(text: string, quotes: readonly Quote[], bodyStart: number): string {
  const parts = [' '.repeat(bodyStart)];
  let at = bodyStart;
  for (const quote of quotes) {
    if (quote.parent !== null || quote.start < at) continue;
    const keepLast = /[.!?]/.test(text[quote.end - 1] ?? '') ? 1 : 0;
    parts.push(text.slice(at, quote.start), MASK.repeat(quote.end - keepLast - quote.start));
    at = quote.end - keepLast;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

export function sentenceIndexAt(document: ArticleDocument, offset: number): number {
  return indexOfRangeAt(document.sentences, offset);
}
