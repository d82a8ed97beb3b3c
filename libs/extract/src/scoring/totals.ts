import type { ArticleScore, Tally } from './score-article';

/** The figures of the Scoring section, each a ratio in [0, 1] or null when nothing was counted. */
export interface ScoreFigures {
  quotePrecision: number | null;
  quoteRecall: number | null;
  quoteF1: number | null;
  speakerAccuracy: number | null;
  callPrecision: number | null;
  callRecall: number | null;
  dateAccuracy: number | null;
}

export interface ScoreTotals extends ScoreFigures {
  articles: number;
  counts: Omit<ArticleScore, 'article' | 'findings'>;
}

export function ratio(tally: Tally): number | null {
  return tally.total === 0 ? null : tally.hits / tally.total;
}

function f1(precision: number | null, recall: number | null): number | null {
  if (precision === null || recall === null) return null;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function scoreFigures(score: Omit<ArticleScore, 'article' | 'findings'>): ScoreFigures {
  const quotePrecision = ratio(score.quotePrecision);
  const quoteRecall = ratio(score.quoteRecall);
  return {
    quotePrecision,
    quoteRecall,
    quoteF1: f1(quotePrecision, quoteRecall),
    speakerAccuracy: ratio(score.speakerAccuracy),
    callPrecision: ratio(score.callPrecision),
    callRecall: ratio(score.callRecall),
    dateAccuracy: ratio(score.dateAccuracy),
  };
}

const TALLIES = ['quotePrecision', 'quoteRecall', 'speakerAccuracy', 'callPrecision', 'callRecall', 'dateAccuracy'] as const;

/** Totals over articles: counts summed first, so every quote and call weighs the same. */
export function totalScores(rows: readonly ArticleScore[]): ScoreTotals {
  const counts = Object.fromEntries(TALLIES.map((name) => [name, { hits: 0, total: 0 }])) as ScoreTotals['counts'];
  for (const row of rows) {
    for (const name of TALLIES) {
      counts[name].hits += row[name].hits;
      counts[name].total += row[name].total;
    }
  }
  return { articles: rows.length, counts, ...scoreFigures(counts) };
}
