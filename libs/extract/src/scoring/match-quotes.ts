import type { ExtractedStatement } from '@parley/domain';
import { normaliseQuote, QUOTE_MATCH_THRESHOLD, wordJaccard } from './normalise';

/** A gold statement and the prediction it matched, by index into each list. */
export interface QuotePair {
  gold: number;
  predicted: number;
}

/**
 * Pairs gold and predicted direct statements, each at most once: equal normalised texts
 * first, then the best remaining word-set overlap of at least 0.8.
 */
export function matchQuotes(gold: readonly ExtractedStatement[], predicted: readonly ExtractedStatement[]): QuotePair[] {
  const goldTexts = gold.map((statement) => normaliseQuote(statement.text));
  const predictedTexts = predicted.map((statement) => normaliseQuote(statement.text));
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: QuotePair[] = [];

  goldTexts.forEach((goldText, goldIndex) => {
    const predictedIndex = predictedTexts.findIndex((text, index) => !usedPredicted.has(index) && text === goldText);
    if (predictedIndex === -1) return;
    usedGold.add(goldIndex);
    usedPredicted.add(predictedIndex);
    pairs.push({ gold: goldIndex, predicted: predictedIndex });
  });

  const candidates: Array<QuotePair & { overlap: number }> = [];
  goldTexts.forEach((goldText, goldIndex) => {
    if (usedGold.has(goldIndex)) return;
    predictedTexts.forEach((text, predictedIndex) => {
      if (usedPredicted.has(predictedIndex)) return;
      const overlap = wordJaccard(goldText, text);
      if (overlap >= QUOTE_MATCH_THRESHOLD) candidates.push({ gold: goldIndex, predicted: predictedIndex, overlap });
    });
  });
  candidates.sort((a, b) => b.overlap - a.overlap);
  for (const candidate of candidates) {
    if (usedGold.has(candidate.gold) || usedPredicted.has(candidate.predicted)) continue;
    usedGold.add(candidate.gold);
    usedPredicted.add(candidate.predicted);
    pairs.push({ gold: candidate.gold, predicted: candidate.predicted });
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}
