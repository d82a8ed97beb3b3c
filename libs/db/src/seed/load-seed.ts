import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseExtraction } from '@parley/domain';
import type { Database } from '../client';
import { checkArticleInput } from '../graph/article-input';
import { writeArticle, type ArticleWrite } from '../graph/write-article';
import { SEED_FILES } from '../paths';

/**
 * Loads the curated seed: annotated articles in the corpus format, each with every fact
 * a careful reader takes from it. Loading it again changes nothing (the article's content
 * hash is already stored).
 */
export async function loadSeed(db: Database, files: readonly string[] = SEED_FILES): Promise<ArticleWrite[]> {
  const writes: ArticleWrite[] = [];
  for (const file of files) {
    const extraction = parseExtraction(await readFile(file, 'utf8'));
    const { article } = extraction;
    if (!article.file) throw new Error(`${file}: article.file does not say where the article text is`);
    const text = await readFile(path.resolve(path.dirname(file), article.file), 'utf8');
    const checked = checkArticleInput({ text, publishedAt: article.publishedAt, url: article.url, title: article.title, publisher: article.publisher });
    writes.push(await writeArticle(db, checked, extraction));
  }
  return writes;
}
