// One writer process of concurrent-writes.bench.ts: `tsx writer.ts URL WRITER COUNT`
// writes COUNT copies of the dev corpus's annotated articles, each copy a new article
// (its own closing line) reporting the same people, calls and statements, and prints
// one JSON line: {"written": n, "failed": n, "errors": [...], "startedAt": ms, "finishedAt": ms}.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseExtraction, type Extraction } from '@parley/domain';
import { checkArticleInput, createPrismaClient, writeArticle } from '../src';

const DEV = path.resolve(__dirname, '../../../data/corpus/dev');

async function devArticles(): Promise<Array<{ text: string; extraction: Extraction }>> {
  const files = Array.from({ length: 10 }, (_, i) => path.join(DEV, `dev-${String(i + 1).padStart(2, '0')}.json`));
  return Promise.all(
    files.map(async (file) => {
      const extraction = parseExtraction(await readFile(file, 'utf8'));
      const text = await readFile(path.join(DEV, extraction.article.file ?? ''), 'utf8');
      return { text, extraction };
    }),
  );
}

async function main(): Promise<void> {
  const [url, writer, count] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
  const db = createPrismaClient(url);
  const articles = await devArticles();
  const tally = { written: 0, failed: 0, errors: [] as string[], startedAt: Date.now(), finishedAt: 0 };
  for (let n = 0; n < count; n += 1) {
    const { text, extraction } = articles[n % articles.length] ?? articles[0]!;
    const copy = `${text.trimEnd()}\n\n(Copy ${writer}-${n}.)\n`;
    try {
      const input = checkArticleInput({ text: copy, publishedAt: extraction.article.publishedAt });
      await writeArticle(db, input, extraction);
      tally.written += 1;
    } catch (error) {
      tally.failed += 1;
      tally.errors.push(error instanceof Error ? error.message.split('\n').at(-1) ?? error.message : String(error));
    }
  }
  tally.finishedAt = Date.now();
  await db.$disconnect();
  process.stdout.write(`${JSON.stringify(tally)}\n`);
}

void main();
