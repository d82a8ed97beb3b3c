import type { TextSpan } from './extraction';
import { foldQuotes } from './names';

/** Characters that open a quotation in news text: curly, low, guillemet, straight and single marks. */
export const OPENING_QUOTE_MARKS = '“„«"‘\'‚‹';

/**
 * Where the quoted words `quote` sit in `text`: the first occurrence at or after `from`
 * that follows an opening quotation mark, else the first occurrence at or after `from`,
 * else the first anywhere. Searching from the previous quote's end keeps repeated words
 * ("very, very good" in a lede and again in a longer quote) on the right occurrence.
 */
export function locateQuote(text: string, quote: string, from = 0): TextSpan | null {
  if (quote.length === 0) return null;
  let firstAfter = -1;
  for (let at = text.indexOf(quote, from); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (firstAfter === -1) firstAfter = at;
    if (at > 0 && OPENING_QUOTE_MARKS.includes(text[at - 1] ?? '')) return { start: at, end: at + quote.length };
  }
  const at = firstAfter !== -1 ? firstAfter : text.indexOf(quote);
  return at === -1 ? null : { start: at, end: at + quote.length };
}

export function sliceSpan(text: string, span: TextSpan): string {
  return text.slice(span.start, span.end);
}

export function isValidSpan(text: string, span: TextSpan): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= text.length;
}

/**
 * The key that recognises the same quoted words in two articles: quotation marks folded,
 * case folded, punctuation and spacing dropped ("Very, very good!" ≈ "very very good").
 */
export function quoteKey(text: string): string {
  return foldQuotes(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
