export { scoreArticle, type ArticleScore, type ScoreFinding, type Tally } from './score-article';
export { totalScores, scoreFigures, type ScoreFigures, type ScoreTotals } from './totals';
export { formatScoreTable } from './score-table';
export { parseGoldFile } from './gold-file';
export { normaliseQuote, wordJaccard } from './normalise';
export * from './polnear';
