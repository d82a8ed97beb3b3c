export { ingestArticle, previewArticle, type ArticlePreview, type IngestResult } from './ingest-article';
export * from './inputs';
