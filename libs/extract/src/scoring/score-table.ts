import type { ArticleScore } from './score-article';
import { scoreFigures, type ScoreFigures, type ScoreTotals } from './totals';

const COLUMNS: ReadonlyArray<[keyof ScoreFigures, string]> = [
  ['quotePrecision', 'quote P'],
  ['quoteRecall', 'quote R'],
  ['quoteF1', 'quote F1'],
  ['speakerAccuracy', 'speaker'],
  ['callPrecision', 'call P'],
  ['callRecall', 'call R'],
  ['dateAccuracy', 'date'],
];

function cell(value: number | null): string {
  return value === null ? '-' : value.toFixed(3);
}

/** A fixed-width table: one row per article, then the totals. */
export function formatScoreTable(rows: readonly ArticleScore[], totals: ScoreTotals): string {
  const labels = [...rows.map((row) => row.article), 'TOTAL'];
  const labelWidth = Math.max('article'.length, ...labels.map((label) => label.length));
  const widths = COLUMNS.map(([, title]) => Math.max(title.length, 5));
  const line = (label: string, cells: string[]) =>
    [label.padEnd(labelWidth), ...cells.map((value, index) => value.padStart(widths[index] ?? 5))].join('  ').trimEnd();

  const header = line('article', COLUMNS.map(([, title]) => title));
  const rule = '-'.repeat(header.length);
  const body = rows.map((row) => {
    const figures = scoreFigures(row);
    return line(row.article, COLUMNS.map(([name]) => cell(figures[name])));
  });
  const total = line('TOTAL', COLUMNS.map(([name]) => cell(totals[name])));
  return [header, rule, ...body, rule, total].join('\n');
}
