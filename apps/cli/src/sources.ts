import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleInput } from '@parley/db';
import type { CliIo } from './io';

/**
 * One article to read, named for the report ("dev/dev-03.txt", "feed.jsonl:12", "stdin"),
 * or the reason it could not be read.
 */
export type ArticleSource = { name: string; input: ArticleInput } | { name: string; error: string };

const TEXT_EXTENSIONS = new Set(['.txt', '.text']);
const JSON_LINES_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function asArticle(value: unknown): ArticleInput | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'is not a JSON object';
  const record = value as Record<string, unknown>;
  if (typeof record['text'] !== 'string') return 'has no "text" string';
  for (const field of ['publishedAt', 'url', 'title', 'publisher']) {
    const fieldValue = record[field];
    if (fieldValue !== undefined && fieldValue !== null && typeof fieldValue !== 'string') return `"${field}" is not a string`;
  }
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : null);
  return { text: record['text'], publishedAt: text('publishedAt'), url: text('url'), title: text('title'), publisher: text('publisher') };
}

/** JSON Lines of `{text, publishedAt, url, title, publisher}`, one article a line. */
export function parseJsonLines(content: string, name: string): ArticleSource[] {
  const sources: ArticleSource[] = [];
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const lineName = `${name}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      sources.push({ name: lineName, error: `is not valid JSON (${describeError(error)})` });
      return;
    }
    const article = asArticle(value);
    sources.push(typeof article === 'string' ? { name: lineName, error: article } : { name: lineName, input: article });
  });
  return sources;
}

/**
 * The metadata beside a text file: `NAME.json` with an `article` object (publishedAt,
 * title, publisher, url), as the annotated corpus keeps it.
 */
async function sidecarMetadata(file: string): Promise<Partial<ArticleInput>> {
  const sidecar = file.replace(/\.[^.]+$/, '.json');
  let content: string;
  try {
    content = await readFile(sidecar, 'utf8');
  } catch {
    return {};
  }
  try {
    const article = (JSON.parse(content) as { article?: Record<string, unknown> }).article ?? {};
    const text = (key: string) => (typeof article[key] === 'string' ? (article[key] as string) : null);
    return { publishedAt: text('publishedAt'), url: text('url'), title: text('title'), publisher: text('publisher') };
  } catch {
    return {};
  }
}

async function readTextArticle(file: string, name: string, publishedAt: string | null): Promise<ArticleSource> {
  try {
    const text = await readFile(file, 'utf8');
    const metadata = await sidecarMetadata(file);
    return { name, input: { text, ...metadata, publishedAt: metadata.publishedAt ?? publishedAt } };
  } catch (error) {
    return { name, error: describeError(error) };
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith('.'))
      .map((entry) => (entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : Promise.resolve([path.join(dir, entry.name)]))),
  );
  return nested.flat().sort();
}

async function readFileSources(file: string, io: CliIo, publishedAt: string | null): Promise<ArticleSource[]> {
  const name = path.relative(io.cwd, file) || file;
  const extension = path.extname(file).toLowerCase();
  if (JSON_LINES_EXTENSIONS.has(extension)) {
    try {
      return parseJsonLines(await readFile(file, 'utf8'), name);
    } catch (error) {
      return [{ name, error: describeError(error) }];
    }
  }
  return [await readTextArticle(file, name, publishedAt)];
}

/**
 * The articles named on the command line: files (text, or JSON Lines by extension),
 * folders (their text and JSON Lines files, recursively) and `-` (standard input, JSON
 * Lines when it starts with `{`, else one plain-text article). A path that cannot be read
 * becomes a failed source, reported with the rest.
 */
export async function collectSources(paths: string[], io: CliIo, publishedAt: string | null = null): Promise<ArticleSource[]> {
  const sources: ArticleSource[] = [];
  for (const given of paths) {
    if (given === '-') {
      const content = await io.readStdin();
      if (content.trimStart().startsWith('{')) sources.push(...parseJsonLines(content, 'stdin'));
      else sources.push({ name: 'stdin', input: { text: content, publishedAt } });
      continue;
    }
    const resolved = path.resolve(io.cwd, given);
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(resolved)).isDirectory();
    } catch {
      sources.push({ name: given, error: 'no such file or folder' });
      continue;
    }
    if (!isDirectory) {
      sources.push(...(await readFileSources(resolved, io, publishedAt)));
      continue;
    }
    const files = (await listFiles(resolved)).filter((file) => {
      const extension = path.extname(file).toLowerCase();
      return TEXT_EXTENSIONS.has(extension) || JSON_LINES_EXTENSIONS.has(extension);
    });
    for (const file of files) sources.push(...(await readFileSources(file, io, publishedAt)));
  }
  return sources;
}
