import { prepareDatabase, disconnectDatabase, InputError, type Database } from '@parley/db';
import { ingestArticle } from '@parley/ingest';
import { parseCommandArgs, publishedOption } from '../args';
import { chooseDatabase, describeDatabase } from '../database';
import { UsageError, type CliIo, type Command } from '../io';
import { createProgress } from '../progress';
import { collectSources, type ArticleSource } from '../sources';
import { styleFor } from '../style';
import { IngestSummary } from './ingest-summary';

const HELP = `Usage: parley ingest PATH... [--published YYYY-MM-DD] [--database URL] [--verbose] [--fetch]

Extracts each article and merges it into the graph: people matched by name or alias,
the same call or statement reported twice linked rather than repeated. Each article is
written in one transaction; one that fails is reported by name and counted as failed.

PATH is a file, a folder (read recursively) or - for standard input:
  *.txt            one article; its date from NAME.json beside it ({"article": {"publishedAt": …}}),
                   a "date YYYY-MM-DD" first line, or --published
  *.html, *.htm    a saved web page: the article body, title, byline, publisher and date
                   (article:published_time, JSON-LD datePublished or <time>)
  *.rss, *.atom, *.xml
                   an RSS 2.0 or Atom feed: each item an article
  *.jsonl          one article a line: {"text" or "html", "publishedAt", "url", "title", "publisher"}
  *.json           an array of such articles, or one
  -                any of these, recognised by content
  http(s)://…      with --fetch only: a page, feed or JSON at that URL (15 s, 10 MB at most)
Files may be UTF-8 (with or without BOM), UTF-16 with BOM or Windows-1252. Annotation
files of the corpus, binary files and files with no text are refused by name. A missing
path or a folder with no article stops the command before anything is written.

Options:
  --published DATE   publication date for articles that give none
  --database URL     file:PATH (SQLite) or postgresql://… (default: $DATABASE_URL, else parley.db in the workspace)
  --verbose          name each article as it goes in, with the encoding it was read in
  --fetch            download the URLs named (off by default)
  -h, --help         show this help

Exit codes: 0 every article went in, 1 some failed (listed), 2 a usage mistake.
`;

function describeSource(source: ArticleSource, outcome: string): string {
  const encoding = 'encoding' in source && source.encoding ? ` (${source.encoding})` : '';
  return `  ${source.name}${encoding}: ${outcome}\n`;
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'extract articles and merge them into the graph',
  help: HELP,
  async run(args, io: CliIo) {
    const { values, positionals } = parseCommandArgs(args, { published: { type: 'string' }, database: { type: 'string' }, verbose: { type: 'boolean' }, fetch: { type: 'boolean' } });
    if (positionals.length === 0) throw new UsageError('name at least one file, folder or - for standard input');
    const publishedAt = publishedOption(values.published);
    const database = chooseDatabase(values.database, io);
    const style = styleFor(io.stderr, io.env);

    const { inputs, pathProblems } = await collectSources(positionals, io, publishedAt, { fetch: values.fetch === true });
    if (pathProblems.length > 0) {
      for (const problem of pathProblems) io.stderr.write(`${style.error('parley ingest:')} ${problem}\n`);
      io.stderr.write('Nothing was ingested.\n');
      return 1;
    }
    const summary = new IngestSummary();
    // The database is opened at the first readable article: when none can be read, nothing is created.
    let db: Database | null = null;
    const progress = createProgress(inputs.length, io.stderr, 'ingesting');
    const started = Date.now();
    try {
      for (const input of inputs) {
        for await (const source of input.articles()) {
          if ('error' in source) {
            summary.fail(source.name, source.error);
            continue;
          }
          db ??= (await prepareDatabase(database.url, { seed: false })).db;
          try {
            const result = await ingestArticle(db, source.input);
            summary.add(result);
            if (values.verbose) io.stderr.write(describeSource(source, result.created ? `new article ${result.write.article.id}` : `unchanged (article ${result.write.article.id})`));
          } catch (error) {
            const reason = error instanceof InputError ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
            summary.fail(source.name, reason);
            if (values.verbose) io.stderr.write(describeSource(source, `failed: ${reason}`));
          }
        }
        progress.tick();
      }
    } finally {
      progress.finish();
      if (db) await disconnectDatabase();
    }
    if (!db) {
      io.stderr.write(summary.renderFailures(style));
      io.stderr.write('Nothing was ingested: no article could be read.\n');
      return 1;
    }
    io.stdout.write(summary.render((Date.now() - started) / 1000));
    io.stdout.write(describeDatabase(database));
    if (summary.articles.failed > 0) io.stderr.write(summary.renderFailures(style));
    return summary.articles.failed > 0 ? 1 : 0;
  },
};
