import { foldQuotes } from '@parley/domain';

/** A quote as the scorer compares it: quotes folded, case folded, punctuation and outer space gone. */
export function normaliseQuote(text: string): string {
  return foldQuotes(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Jaccard overlap of the word sets of two normalised quotes. */
export function wordJaccard(a: string, b: string): number {
  const left = new Set(a.split(' ').filter(Boolean));
  const right = new Set(b.split(' ').filter(Boolean));
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return shared / (left.size + right.size - shared);
}

export const QUOTE_MATCH_THRESHOLD = 0.8;
