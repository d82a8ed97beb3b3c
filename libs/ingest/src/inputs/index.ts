export { decodeText, type DecodedText } from './decode';
export { readFeed, type FeedItem } from './feed';
export { htmlFragmentText, readHtmlArticle } from './html';
export { ANNOTATION_PROBLEM, articleFromRecord, isAnnotation, readJsonDocument, readJsonLines, type JsonRecord } from './json-articles';
export { BINARY_FILE_PROBLEM, NO_TEXT_PROBLEM, formatOfExtension, readArticles, sniffFormat, type ArticleSource, type InputFormat } from './read-input';
