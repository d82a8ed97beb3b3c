import type { ArticleInput } from '@parley/domain';
import { readHtmlArticle } from './html';

/** One JSON record as an article, or why it cannot be one. */
export type JsonRecord = { line?: number; article: ArticleInput } | { line?: number; error: string };

const METADATA_FIELDS = ['publishedAt', 'url', 'title', 'publisher'] as const;

export const ANNOTATION_PROBLEM = 'is an annotation file (a gold extraction in the corpus format), not an article: ingest the text file it names in article.file';

/** A gold file of the annotated corpus: `{article: {...}, people, statements, ...}`. */
export function isAnnotation(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return typeof record['article'] === 'object' && record['article'] !== null && Array.isArray(record['statements']) && !('text' in record);
}

/** `{text | html, publishedAt, url, title, publisher}` as an article; `html` is read as a saved page. */
export function articleFromRecord(value: unknown): ArticleInput | string {
  if (isAnnotation(value)) return ANNOTATION_PROBLEM;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'is not a JSON object';
  const record = value as Record<string, unknown>;
  for (const field of ['text', 'html', ...METADATA_FIELDS]) {
    const fieldValue = record[field];
    if (fieldValue !== undefined && fieldValue !== null && typeof fieldValue !== 'string') return `"${field}" is not a string`;
  }
  const given = (field: string) => (typeof record[field] === 'string' ? (record[field] as string) : null);
  const metadata = { publishedAt: given('publishedAt'), url: given('url'), title: given('title'), publisher: given('publisher') };
  const text = given('text');
  if (text !== null) return { text, ...metadata };
  const html = given('html');
  if (html === null) return 'has neither a "text" nor an "html" string';
  const page = readHtmlArticle(html);
  return {
    text: page.text,
    publishedAt: metadata.publishedAt ?? page.publishedAt ?? null,
    url: metadata.url ?? page.url ?? null,
    title: metadata.title ?? page.title ?? null,
    publisher: metadata.publisher ?? page.publisher ?? null,
  };
}

function recordOf(value: unknown, line?: number): JsonRecord {
  const article = articleFromRecord(value);
  return typeof article === 'string' ? { line, error: article } : { line, article };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Line `lineNumber` (from 1) of JSON Lines as an article; null for a blank line. */
export function readJsonLine(line: string, lineNumber: number): JsonRecord | null {
  if (line.trim() === '') return null;
  try {
    return recordOf(JSON.parse(line), lineNumber);
  } catch (error) {
    return { line: lineNumber, error: `is not valid JSON (${describeError(error)})` };
  }
}

/** JSON Lines, one article a line; each line numbered from 1 for the report. */
export function readJsonLines(content: string): JsonRecord[] {
  return content.split('\n').flatMap((line, index) => readJsonLine(line, index + 1) ?? []);
}

/**
 * A `.json` file: an array of articles (numbered from 1), one article object, or an
 * annotation file, refused. Not JSON at all: read as JSON Lines.
 */
export function readJsonDocument(content: string): JsonRecord[] {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    return readJsonLines(content);
  }
  if (Array.isArray(value)) return value.map((item, index) => recordOf(item, index + 1));
  return [recordOf(value)];
}
