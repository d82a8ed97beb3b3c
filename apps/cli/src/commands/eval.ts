import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { extractArticle, formatScoreTable, parseGoldFile, scoreArticle, totalScores, type ArticleScore } from '@parley/extract';
import { parseCommandArgs } from '../args';
import { evalPolnear } from './eval-polnear';
import { formatFindings } from './findings';
import { UsageError, type CliIo, type Command } from '../io';

const HELP = `Usage: parley eval DIR [--json] [--findings]
       parley eval --polnear SPLIT [--json] [--findings]

Scores the extractor against every annotated article under DIR (gold files NAME.json
in the corpus format, each naming its text in article.file) with the scoring rules of
the corpus: quote precision, recall and F1, speaker accuracy, call precision and
recall, date accuracy; one row per article, then the totals.

With --polnear, SPLIT is a split of the PolNeAR corpus (e.g. ../shared/polnear/dev,
with text/ and attributions/): quote precision and recall over the quotations its
annotators attributed, source-mention accuracy (Parley's speaker mention overlaps the
annotated Source) and speaker accuracy where the Source is a person's name, one row
per publisher, then the totals.

Options:
  --polnear    score against a PolNeAR split instead of a corpus folder
  --json       print the scores as JSON
  --findings   list what each article missed or got wrong
  -h, --help   show this help
`;

async function goldFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return goldFiles(full);
      return entry.name.endsWith('.json') ? [full] : [];
    }),
  );
  return nested.flat().sort();
}

async function scoreGoldFile(file: string, dir: string): Promise<ArticleScore | null> {
  const gold = parseGoldFile(await readFile(file, 'utf8'));
  if (!gold.article.file) return null;
  const text = await readFile(path.resolve(path.dirname(file), gold.article.file), 'utf8');
  const predicted = extractArticle({ text, publishedAt: gold.article.publishedAt, url: gold.article.url, title: gold.article.title, publisher: gold.article.publisher });
  return scoreArticle(predicted, gold, gold.id ?? path.relative(dir, file));
}


export const evalCommand: Command = {
  name: 'eval',
  summary: 'score the extractor against an annotated corpus',
  help: HELP,
  async run(args, io: CliIo) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, findings: { type: 'boolean' }, polnear: { type: 'boolean' } });
    if (positionals.length !== 1 || !positionals[0]) throw new UsageError(values.polnear ? 'name one PolNeAR split, e.g. ../shared/polnear/dev' : 'name one corpus folder');
    if (values.polnear) return evalPolnear(positionals[0], { json: Boolean(values.json), findings: Boolean(values.findings) }, io);
    const dir = path.resolve(io.cwd, positionals[0]);
    const files = await goldFiles(dir).catch(() => {
      throw new UsageError(`${positionals[0]} is not a readable folder`);
    });
    const rows: ArticleScore[] = [];
    for (const file of files) {
      try {
        const row = await scoreGoldFile(file, dir);
        if (row) rows.push(row);
      } catch (error) {
        io.stderr.write(`parley eval: ${path.relative(io.cwd, file)}: ${error instanceof Error ? error.message : String(error)}\n`);
        return 1;
      }
    }
    if (rows.length === 0) throw new UsageError(`no annotated articles under ${positionals[0]}`);
    const totals = totalScores(rows);
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ articles: rows.map(({ findings: _findings, ...row }) => row), totals }, null, 2)}\n`);
    } else {
      const report = formatScoreTable(rows, totals) + (values.findings ? formatFindings(rows) : '');
      io.stdout.write(report.endsWith('\n') ? report : `${report}\n`);
    }
    return 0;
  },
};
