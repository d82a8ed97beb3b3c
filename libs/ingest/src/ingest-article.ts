import { checkArticleInput, InputError, writeArticle, type ArticleInput, type ArticleWrite, type CheckedArticle, type Database } from '@parley/db';
import type { Extraction } from '@parley/domain';
import { extractArticle, ExtractionInputError } from '@parley/extract';

export interface ArticlePreview {
  article: CheckedArticle;
  extraction: Extraction;
}

export interface IngestResult extends ArticlePreview {
  /** False when the graph already held this exact text: nothing was written. */
  created: boolean;
  write: ArticleWrite;
}

/** Checks an article and extracts what it says, writing nothing. */
export function previewArticle(input: ArticleInput): ArticlePreview {
  const article = checkArticleInput(input);
  try {
    const extraction = extractArticle({
      text: article.text,
      publishedAt: article.publishedOn,
      url: article.url,
      title: article.title,
      publisher: article.publisher,
    });
    return { article, extraction };
  } catch (error) {
    if (error instanceof ExtractionInputError) throw new InputError(error.field, error.problem);
    throw error;
  }
}

/**
 * Extracts an article and merges it into the graph in one transaction: the people,
 * calls, meetings, statements and policy actions it reports, matched to those the graph
 * already holds. The same text ingested again changes nothing.
 */
export async function ingestArticle(db: Database, input: ArticleInput): Promise<IngestResult> {
  const preview = previewArticle(input);
  const write = await writeArticle(db, preview.article, preview.extraction);
  return { ...preview, created: write.article.created, write };
}
