/**
 * Extraction speed on one core: `npx tsx libs/extract/bench/extract.bench.ts`.
 * Prints articles/s, words/s and ms per article over the corpus articles padded to
 * about 600 words, and over generated articles; it measures, it does not assert.
 */
import { readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { countWords } from '@parley/domain';
import { extractArticle } from '../src';
import { generatedArticle } from '../src/__fixtures__/generated-article';

const TARGET_WORDS = 600;
const corpus = resolve(__dirname, '../../../data/corpus');

function corpusTexts(): string[] {
  const dev = join(corpus, 'dev');
  const texts = readdirSync(dev).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join(dev, name), 'utf8'));
  return [readFileSync(resolve(corpus, '../seeds/000_11ca3e6c164b554a.txt'), 'utf8'), ...texts];
}

/** Pads an article to about 600 words with paragraphs of the next one, as a longer story would run. */
function padded(texts: string[]): string[] {
  return texts.map((text, index) => {
    let article = text;
    for (let next = index + 1; countWords(article) < TARGET_WORDS; next += 1) {
      const paragraphs = (texts[next % texts.length] ?? '').split(/\n\s*\n/);
      article += `\n\n${paragraphs.slice(1, 4).join('\n\n')}`;
    }
    return article;
  });
}

function measure(label: string, articles: string[], rounds: number): void {
  const words = articles.reduce((sum, article) => sum + countWords(article), 0);
  for (const article of articles) extractArticle({ text: article, publishedAt: '2025-06-12' });
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  for (let round = 0; round < rounds; round += 1) {
    for (const article of articles) extractArticle({ text: article, publishedAt: '2025-06-12' });
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const count = articles.length * rounds;
  console.log(
    `${label.padEnd(28)} ${String(count).padStart(5)} articles  ${(count / seconds).toFixed(0).padStart(6)} articles/s  ` +
      `${((words * rounds) / seconds).toFixed(0).padStart(8)} words/s  ${((seconds * 1000) / count).toFixed(2).padStart(7)} ms/article  ` +
      `(${Math.round(words / articles.length)} words each; ${(count / cpuSeconds).toFixed(0)} articles per CPU second)`,
  );
}

const corpusArticles = padded(corpusTexts());
measure('corpus, padded to ~600 words', corpusArticles, 20);
measure('generated, ~600 words', Array.from({ length: 50 }, (_, seed) => generatedArticle(seed, TARGET_WORDS)), 4);
const large = generatedArticle(1, 800_000);
const started = process.hrtime.bigint();
extractArticle({ text: large, publishedAt: '2025-06-12' });
console.log(`one generated article of ${(large.length / 1e6).toFixed(1)} MB: ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0)} ms`);
