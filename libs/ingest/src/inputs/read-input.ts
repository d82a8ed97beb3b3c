import type { ArticleInput } from '@parley/domain';
import { decodeText, type DecodedText } from './decode';
import { readFeed } from './feed';
import { readHtmlArticle } from './html';
import { readJsonDocument, readJsonLines, type JsonRecord } from './json-articles';

/**
 * One article read from an input, named for the report ("dev/dev-03.txt",
 * "feed.jsonl:12", "news.rss#3", "stdin"), or the reason it cannot be one.
 */
export type ArticleSource = { name: string; input: ArticleInput; encoding?: DecodedText['encoding'] } | { name: string; error: string };

export type InputFormat = 'text' | 'json-lines' | 'json' | 'html' | 'feed';

const FORMATS_BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.jsonl': 'json-lines',
  '.ndjson': 'json-lines',
  '.json': 'json',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.rss': 'feed',
  '.atom': 'feed',
  '.xml': 'feed',
};

/** The format a file extension names (`.html`, `.jsonl` …), or null for one Parley does not read. */
export function formatOfExtension(extension: string): InputFormat | null {
  return FORMATS_BY_EXTENSION[extension.toLowerCase()] ?? null;
}

/** The format of content that came without a name (standard input, a file of unknown kind). */
export function sniffFormat(text: string): InputFormat {
  const start = text.trimStart().slice(0, 4096).toLowerCase();
  if (start.startsWith('<')) return /<(rss|feed)[\s>]/.test(start) ? 'feed' : 'html';
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) return 'json';
  return 'text';
}

/** The article dated by `defaults` (a date given on the command line) when it carries no date of its own. */
export function withDefaultDate(input: ArticleInput, defaults: Partial<ArticleInput>): ArticleInput {
  return { ...input, publishedAt: input.publishedAt ?? defaults.publishedAt ?? null };
}

export const BINARY_FILE_PROBLEM = 'is a binary file, not article text';
export const NO_TEXT_PROBLEM = 'holds no article text';

function fromRecords(records: JsonRecord[], name: string, encoding: DecodedText['encoding']): ArticleSource[] {
  return records.map((record) => {
    const recordName = record.line === undefined ? name : `${name}:${record.line}`;
    return 'error' in record ? { name: recordName, error: record.error } : { name: recordName, input: record.article, encoding };
  });
}

function textArticle(input: ArticleInput, name: string, encoding: DecodedText['encoding']): ArticleSource {
  return input.text.trim() === '' ? { name, error: NO_TEXT_PROBLEM } : { name, input, encoding };
}

/**
 * The articles in one input's bytes, read in its format after decoding (see `decodeText`).
 * `defaults` fill what the input does not say (a publication date given on the command
 * line, metadata kept beside a text file).
 */
export function readArticles(bytes: Uint8Array, name: string, format: InputFormat | null, defaults: Partial<ArticleInput> = {}): ArticleSource[] {
  const decoded = decodeText(bytes);
  if (!decoded) return [{ name, error: BINARY_FILE_PROBLEM }];
  const { text, encoding } = decoded;
  const withDefaults = (input: ArticleInput): ArticleInput => withDefaultDate(input, defaults);
  switch (format ?? sniffFormat(text)) {
    case 'text':
      return [textArticle({ ...defaults, text, publishedAt: defaults.publishedAt ?? null }, name, encoding)];
    case 'html': {
      const page = readHtmlArticle(text);
      const article = { text: page.text, title: page.title, publisher: page.publisher, publishedAt: page.publishedAt, url: page.url ?? defaults.url ?? null };
      return [textArticle(withDefaults(article), name, encoding)];
    }
    case 'json-lines':
      return fromRecords(readJsonLines(text), name, encoding).map((source) => ('input' in source ? { ...source, input: withDefaults(source.input) } : source));
    case 'json':
      return fromRecords(readJsonDocument(text), name, encoding).map((source) => ('input' in source ? { ...source, input: withDefaults(source.input) } : source));
    case 'feed': {
      const items = readFeed(text);
      if (!items) return [{ name, error: 'is not an RSS 2.0 or Atom feed' }];
      if (items.length === 0) return [{ name, error: 'is a feed with no items' }];
      return items.map((item, index) => ('error' in item ? { name: `${name}#${index + 1}`, error: item.error } : { name: `${name}#${index + 1}`, input: withDefaults(item.article), encoding }));
    }
  }
}
