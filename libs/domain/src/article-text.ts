import { isIsoDate, type IsoDate } from './dates';

/** An article as it arrives: the text and what is known about it. */
export interface ArticleInput {
  text: string;
  /** `YYYY-MM-DD` (or, where noted, an ISO date-time); optional when the text opens with `date YYYY-MM-DD`. */
  publishedAt?: string | null;
  url?: string | null;
  title?: string | null;
  publisher?: string | null;
}

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

// Control characters other than tab and line breaks, and the replacement character of bad UTF-8.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000e-\u001f\ufffd]/g;
const BINARY_SAMPLE = 65_536;

/**
 * Whether a text is binary data rather than an article: more than one character in fifty
 * of its opening stretch is a control character or a sign of invalid UTF-8.
 */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, BINARY_SAMPLE);
  const controls = sample.match(CONTROL_CHARACTERS)?.length ?? 0;
  return controls > 0 && controls * 50 > sample.length;
}

export const BINARY_TEXT_PROBLEM = 'is not article text: it holds binary data (control characters or invalid UTF-8)';
