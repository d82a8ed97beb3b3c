import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleInput } from '@parley/domain';
import { formatOfExtension, readArticles, readJsonLinesStream, type ArticleSource } from '@parley/ingest';
import { fetchArticles, isUrl } from './fetch-url';
import type { CliIo } from './io';

export type { ArticleSource };

/** One file, URL or standard input named on the command line, read only when its articles are asked for. */
export interface NamedInput {
  name: string;
  articles: () => AsyncIterable<ArticleSource>;
}

/** What the command line names: its inputs, and the paths that name none. */
export interface CollectedSources {
  inputs: NamedInput[];
  /** A missing path, or a folder with no article in it: nothing should be written. */
  pathProblems: string[];
}

const READABLE_KINDS = '.txt, .html, .htm, .json, .jsonl, .rss, .atom, .xml';

/**
 * The metadata beside a text file: `NAME.json` with an `article` object (publishedAt,
 * title, publisher, url), as the annotated corpus keeps it.
 */
async function sidecarMetadata(file: string): Promise<Partial<ArticleInput>> {
  let content: string;
  try {
    content = await readFile(file.replace(/\.[^.]+$/, '.json'), 'utf8');
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

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith('.'))
      .map((entry) => (entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : Promise.resolve([path.join(dir, entry.name)]))),
  );
  return nested.flat().sort();
}

/** The article files of a folder: those of a kind Parley reads, less the NAME.json kept beside NAME.txt. */
function articleFiles(files: string[]): string[] {
  const all = new Set(files);
  return files.filter((file) => {
    const extension = path.extname(file).toLowerCase();
    if (!formatOfExtension(extension)) return false;
    return !(extension === '.json' && all.has(file.slice(0, -extension.length) + '.txt'));
  });
}

async function readFileSources(file: string, name: string, publishedAt: string | null): Promise<ArticleSource[]> {
  const format = formatOfExtension(path.extname(file));
  try {
    const defaults = format === 'text' ? await sidecarMetadata(file) : {};
    return readArticles(await readFile(file), name, format, { ...defaults, publishedAt: defaults.publishedAt ?? publishedAt });
  } catch (error) {
    return [{ name, error: error instanceof Error ? error.message : String(error) }];
  }
}

/** A file's articles; JSON Lines are streamed a line at a time, other kinds read whole. */
async function* fileArticles(file: string, io: CliIo, publishedAt: string | null): AsyncGenerator<ArticleSource> {
  const name = path.relative(io.cwd, file) || file;
  if (formatOfExtension(path.extname(file)) !== 'json-lines') {
    yield* await readFileSources(file, name, publishedAt);
    return;
  }
  try {
    yield* readJsonLinesStream(createReadStream(file), name, { publishedAt });
  } catch (error) {
    yield { name, error: error instanceof Error ? error.message : String(error) };
  }
}

async function* readStandardInput(io: CliIo, publishedAt: string | null): AsyncGenerator<ArticleSource> {
  if (io.stdinIsTerminal) io.stderr.write('Reading articles from standard input (text, HTML, JSON Lines or a feed); end with Ctrl-D.\n');
  const content = await io.readStdin();
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  yield* readArticles(bytes, 'stdin', null, { publishedAt });
}

async function* fetchedArticles(url: string, publishedAt: string | null): AsyncGenerator<ArticleSource> {
  yield* await fetchArticles(url, publishedAt);
}

/**
 * The inputs named on the command line: files (their kind by extension, else by content),
 * folders (their article files, recursively), `-` (standard input, its kind by content)
 * and, with `fetch`, URLs. Paths are checked at once; contents are read as they are
 * consumed, so a folder or a JSON Lines file of any size is held one article at a time.
 * A file that holds no article yields a failed source, reported with the rest.
 */
export async function collectSources(paths: string[], io: CliIo, publishedAt: string | null = null, options: { fetch?: boolean } = {}): Promise<CollectedSources> {
  const collected: CollectedSources = { inputs: [], pathProblems: [] };
  const addFile = (file: string) => collected.inputs.push({ name: file, articles: () => fileArticles(file, io, publishedAt) });
  for (const given of paths) {
    if (given === '-') {
      collected.inputs.push({ name: 'stdin', articles: () => readStandardInput(io, publishedAt) });
      continue;
    }
    if (isUrl(given)) {
      if (options.fetch) collected.inputs.push({ name: given, articles: () => fetchedArticles(given, publishedAt) });
      else collected.pathProblems.push(`${given}: is a URL; add --fetch to download it`);
      continue;
    }
    const resolved = path.resolve(io.cwd, given);
    const found = await stat(resolved).catch(() => null);
    if (!found) {
      collected.pathProblems.push(`${given}: no such file or folder`);
    } else if (!found.isDirectory()) {
      addFile(resolved);
    } else {
      const files = articleFiles(await listFiles(resolved));
      if (files.length === 0) collected.pathProblems.push(`${given}: the folder holds no article file (${READABLE_KINDS})`);
      files.forEach(addFile);
    }
  }
  return collected;
}

/** The first article an input yields, or undefined when it yields none. */
export async function firstArticle(input: NamedInput | undefined): Promise<ArticleSource | undefined> {
  if (!input) return undefined;
  for await (const source of input.articles()) return source;
  return undefined;
}
