export { decodeText, type DecodedText } from './decode';
export { readFeed, type FeedItem } from './feed';
export { htmlFragmentText, readHtmlArticle } from './html';
export { ANNOTATION_PROBLEM, articleFromRecord, isAnnotation, readJsonDocument, readJsonLine, readJsonLines, type JsonRecord } from './json-articles';
export { readJsonLinesStream } from './json-lines-stream';
export { BINARY_FILE_PROBLEM, NO_TEXT_PROBLEM, formatOfExtension, readArticles, sniffFormat, type ArticleSource, type InputFormat } from './read-input';
