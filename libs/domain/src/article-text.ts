import { isIsoDate, type IsoDate } from './dates';

const DATE_HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\r?\n?/i;

/**
 * The publication date an article carries in its first line (`date 2025-03-28`), alone
 * on the line or followed by the text, as wire copy sometimes arrives. Returns the date
 * and the offset where the article's own words begin.
 */
export function readDateHeader(text: string): { publishedAt: IsoDate | null; bodyStart: number } {
  const match = DATE_HEADER.exec(text);
  if (!match || !isIsoDate(match[1])) return { publishedAt: null, bodyStart: 0 };
  let bodyStart = match[0].length;
  while (bodyStart < text.length && /\s/.test(text[bodyStart] ?? '')) bodyStart += 1;
  return { publishedAt: match[1], bodyStart };
}

/** Line endings unified and Unicode composed, so the same article always reads the same. */
export function normaliseArticleText(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

export function countWords(text: string): number {
  const words = text.trim().split(/\s+/);
  return words[0] === '' ? 0 : words.length;
}
