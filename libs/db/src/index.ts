export * from './client';
export * from './config';
export * from './errors';
export * from './prepare';
export { migrateDatabase, pendingSchemaChanges } from './migrations/migrate';
export { loadSeed } from './seed/load-seed';
export { checkArticleInput, MAX_ARTICLE_CHARACTERS, type ArticleInput, type CheckedArticle } from './graph/article-input';
export { writeArticle, findArticleByText, contentHash, type ArticleWrite } from './graph/write-article';
export * from './generated/prisma/client';
