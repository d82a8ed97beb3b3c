import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { extractArticle, formatPolnearTable, parseBratAttributions, polnearSummary, scorePolnearArticle, type PolnearScore } from '@parley/extract';
import { formatFindings } from './findings';
import { UsageError, type CliIo } from '../io';

/** "nyt_2016-05-02_slug": the publisher and the publication date are the file name's first two fields. */
const FILE_NAME = /^([a-z-]+)_(\d{4}-\d{2}-\d{2})_/;

async function listOrExplain(dir: string, shown: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch {
    throw new UsageError(`${shown} is not a PolNeAR split: ${dir} cannot be read (the corpus is expected in ../shared/polnear, with text/ and attributions/ under each split)`);
  }
}

/** Scores one article of a PolNeAR split, with the first of its annotators' files. */
async function scoreArticleFile(dir: string, textFile: string, annotations: readonly string[]): Promise<PolnearScore | null> {
  const name = textFile.replace(/\.txt$/, '');
  const annotation = annotations.find((file) => file.startsWith(`${name}_`) && file.endsWith('.ann'));
  if (!annotation) return null;
  const [text, ann] = await Promise.all([readFile(path.join(dir, 'text', textFile), 'utf8'), readFile(path.join(dir, 'attributions', annotation), 'utf8')]);
  const [, publisher = 'unknown', publishedAt = null] = FILE_NAME.exec(name) ?? [];
  const title = text.split('\n', 1)[0]?.trim() || null;
  const extraction = extractArticle({ text, publishedAt, title, publisher });
  return scorePolnearArticle(extraction, { name, publisher, text, attributions: parseBratAttributions(ann, text) });
}


/** `parley eval --polnear DIR`: quote, source-mention and speaker scores on a PolNeAR split, per publisher. */
export async function evalPolnear(split: string, options: { json: boolean; findings: boolean }, io: CliIo): Promise<number> {
  const dir = path.resolve(io.cwd, split);
  const texts = (await listOrExplain(path.join(dir, 'text'), split)).filter((file) => file.endsWith('.txt'));
  const annotations = await listOrExplain(path.join(dir, 'attributions'), split);
  const rows: PolnearScore[] = [];
  for (const textFile of texts) {
    try {
      const row = await scoreArticleFile(dir, textFile, annotations);
      if (row) rows.push(row);
    } catch (error) {
      io.stderr.write(`parley eval: ${path.join(split, 'text', textFile)}: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
  }
  if (rows.length === 0) throw new UsageError(`no annotated articles under ${split}`);
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ publishers: polnearSummary(rows), articles: rows.map(({ findings: _findings, ...row }) => row) }, null, 2)}\n`);
  } else {
    io.stdout.write(formatPolnearTable(rows) + (options.findings ? formatFindings(rows) : ''));
  }
  return 0;
}
