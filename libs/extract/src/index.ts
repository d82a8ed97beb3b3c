export { extractArticle } from './extract-article';
export { ExtractionInputError, type ArticleInput } from './input';
export * from './scoring';
export { explainStatements, type StatementTrace } from './explain';
export { SPEAKER_RULES, type SpeakerRule, type SpeakerRuleId } from './attribution/speaker-rules';
