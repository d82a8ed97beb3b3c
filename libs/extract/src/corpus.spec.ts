import { resolve } from 'path';
import { extractArticle } from './extract-article';
import { scoreArticle, totalScores, type ScoreFigures } from './scoring';
import { loadCorpus } from './__fixtures__/corpus';

function scoreFolder(directory: string) {
  const rows = loadCorpus(directory).map((entry) =>
    scoreArticle(extractArticle({ text: entry.text, publishedAt: entry.gold.article.publishedAt }), entry.gold, entry.name),
  );
  return { rows, totals: totalScores(rows) };
}

/** The scores both folders reach: any regression fails. */
const TARGETS: ReadonlyArray<[keyof ScoreFigures, number]> = [
  ['quotePrecision', 1],
  ['quoteRecall', 1],
  ['speakerAccuracy', 1],
  ['callPrecision', 1],
  ['callRecall', 1],
  ['dateAccuracy', 1],
];

function expectTargets(totals: ScoreFigures): void {
  const belowTarget = TARGETS.filter(([figure, target]) => (totals[figure] ?? 0) < target).map(([figure, target]) => `${figure} ${totals[figure]} < ${target}`);
  expect(belowTarget).toEqual([]);
}

describe('quality on the annotated corpus (seed and dev)', () => {
  const { rows, totals } = scoreFolder(resolve(__dirname, '../../../data/corpus'));

  it('scores all eleven articles', () => {
    expect(rows).toHaveLength(11);
  });

  it('meets the quote, speaker, call and date targets', () => {
    expectTargets(totals);
  });
});

describe('quality on articles written for these tests, with other names and countries', () => {
  const { totals } = scoreFolder(resolve(__dirname, '__fixtures__/articles'));

  it('meets the same targets', () => {
    expectTargets(totals);
  });
});
