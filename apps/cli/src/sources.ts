import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleInput } from '@parley/domain';
import { formatOfExtension, readArticles, type ArticleSource } from '@parley/ingest';
import { fetchArticles, isUrl } from './fetch-url';
import type { CliIo } from './io';

export type { ArticleSource };

/** What the command line names: the articles found, and the paths that name none. */
export interface CollectedSources {
  sources: ArticleSource[];
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

async function readFileSources(file: string, io: CliIo, publishedAt: string | null): Promise<ArticleSource[]> {
  const name = path.relative(io.cwd, file) || file;
  const format = formatOfExtension(path.extname(file));
  try {
    const defaults = format === 'text' ? await sidecarMetadata(file) : {};
    return readArticles(await readFile(file), name, format, { ...defaults, publishedAt: defaults.publishedAt ?? publishedAt });
  } catch (error) {
    return [{ name, error: error instanceof Error ? error.message : String(error) }];
  }
}

async function readStandardInput(io: CliIo, publishedAt: string | null): Promise<ArticleSource[]> {
  if (io.stdinIsTerminal) io.stderr.write('Reading articles from standard input (text, HTML, JSON Lines or a feed); end with Ctrl-D.\n');
  const content = await io.readStdin();
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return readArticles(bytes, 'stdin', null, { publishedAt });
}

/**
 * The articles named on the command line: files (their kind by extension, else by
 * content), folders (their article files, recursively), `-` (standard input, its kind
 * by content) and, with `fetch`, URLs. A file that holds no article is a failed source, reported with the rest.
 */
export async function collectSources(paths: string[], io: CliIo, publishedAt: string | null = null, options: { fetch?: boolean } = {}): Promise<CollectedSources> {
  const collected: CollectedSources = { sources: [], pathProblems: [] };
  for (const given of paths) {
    if (given === '-') {
      collected.sources.push(...(await readStandardInput(io, publishedAt)));
      continue;
    }
    if (isUrl(given)) {
      if (options.fetch) collected.sources.push(...(await fetchArticles(given, publishedAt)));
      else collected.pathProblems.push(`${given}: is a URL; add --fetch to download it`);
      continue;
    }
    const resolved = path.resolve(io.cwd, given);
    const found = await stat(resolved).catch(() => null);
    if (!found) {
      collected.pathProblems.push(`${given}: no such file or folder`);
    } else if (!found.isDirectory()) {
      collected.sources.push(...(await readFileSources(resolved, io, publishedAt)));
    } else {
      const files = articleFiles(await listFiles(resolved));
      if (files.length === 0) collected.pathProblems.push(`${given}: the folder holds no article file (${READABLE_KINDS})`);
      for (const file of files) collected.sources.push(...(await readFileSources(file, io, publishedAt)));
    }
  }
  return collected;
}
