export { extractArticle } from './extract-article';
export { ExtractionInputError, type ArticleInput } from './input';
export * from './scoring';
