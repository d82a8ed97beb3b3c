export { ingestArticle, previewArticle, type ArticlePreview, type IngestResult } from './ingest-article';
export * from './inputs';
export { createArticleWorkers, ArticleWorkError, type ArticleWorkers, type ArticleWorkerSettings, type ArticleIngest } from './workers/article-workers';
