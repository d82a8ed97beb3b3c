import { BINARY_TEXT_PROBLEM, calendarDateOf, looksBinary, normaliseArticleText, readDateHeader, type ArticleInput, type IsoDate } from '@parley/domain';
import { InputError } from '../errors';

export type { ArticleInput };

export interface CheckedArticle {
  text: string;
  publishedOn: IsoDate;
  url: string | null;
  title: string | null;
  publisher: string | null;
}

export const MAX_ARTICLE_CHARACTERS = 10_000_000;

function optionalText(field: string, value: string | null | undefined, maxLength: number): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if (trimmed.length > maxLength) throw new InputError(field, `is longer than ${maxLength} characters`);
  return trimmed || null;
}

function checkUrl(value: string | null | undefined): string | null {
  const url = optionalText('url', value, 2048);
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('not http');
  } catch {
    throw new InputError('url', `"${url}" is not an http(s) URL`);
  }
  return url;
}

/**
 * Checks an incoming article and settles its publication date: the one given, else the
 * `date YYYY-MM-DD` first line of the text. Refuses what cannot be stored, naming the field.
 */
export function checkArticleInput(input: ArticleInput): CheckedArticle {
  if (typeof input.text !== 'string') throw new InputError('text', 'must be a string');
  const text = normaliseArticleText(input.text);
  if (text.trim().length === 0) throw new InputError('text', 'is empty');
  if (text.length > MAX_ARTICLE_CHARACTERS) throw new InputError('text', `is longer than ${MAX_ARTICLE_CHARACTERS} characters`);
  if (looksBinary(text)) throw new InputError('text', BINARY_TEXT_PROBLEM);

  let publishedOn: IsoDate | null;
  if (input.publishedAt !== null && input.publishedAt !== undefined && input.publishedAt.trim() !== '') {
    publishedOn = calendarDateOf(input.publishedAt);
    if (!publishedOn) throw new InputError('publishedAt', `"${input.publishedAt}" is not a date (YYYY-MM-DD) or an ISO 8601 date-time`);
  } else {
    publishedOn = readDateHeader(text).publishedAt;
    if (!publishedOn) throw new InputError('publishedAt', 'is missing, and the text does not open with a "date YYYY-MM-DD" line');
  }

  return {
    text,
    publishedOn,
    url: checkUrl(input.url),
    title: optionalText('title', input.title, 1000),
    publisher: optionalText('publisher', input.publisher, 300),
  };
}
