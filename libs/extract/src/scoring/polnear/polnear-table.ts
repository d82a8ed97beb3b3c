import { addTallies, type PolnearScore, type PolnearTally } from './score-polnear';

export interface PolnearFigures {
  quotePrecision: number | null;
  quoteRecall: number | null;
  sourceAccuracy: number | null;
  speakerAccuracy: number | null;
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function polnearFigures(tally: PolnearTally): PolnearFigures {
  return {
    quotePrecision: ratio(tally.matched, tally.predicted),
    quoteRecall: ratio(tally.matched, tally.gold),
    sourceAccuracy: ratio(tally.sourceRight, tally.sourced),
    speakerAccuracy: ratio(tally.speakerRight, tally.named),
  };
}

/** The figures per publisher and in total, each with the counts they are read from. */
export function polnearSummary(rows: readonly PolnearScore[]): Array<{ publisher: string; articles: number; tally: PolnearTally; figures: PolnearFigures }> {
  const publishers = [...new Set(rows.map((row) => row.publisher))].sort();
  const groups = [...publishers.map((publisher) => [publisher, rows.filter((row) => row.publisher === publisher)] as const), ['TOTAL', rows] as const];
  return groups.map(([publisher, group]) => {
    const tally = addTallies(group);
    return { publisher, articles: group.length, tally, figures: polnearFigures(tally) };
  });
}

function cell(value: number | null): string {
  return value === null ? '-' : value.toFixed(3);
}

/** A fixed-width table: one row per publisher, then the totals. */
export function formatPolnearTable(rows: readonly PolnearScore[]): string {
  const summary = polnearSummary(rows);
  const header = ['publisher', 'articles', 'quotes', 'quote P', 'quote R', 'source', 'named', 'speaker'];
  const lines = summary.map(({ publisher, articles, tally, figures }) => [
    publisher,
    String(articles),
    String(tally.gold),
    cell(figures.quotePrecision),
    cell(figures.quoteRecall),
    cell(figures.sourceAccuracy),
    String(tally.named),
    cell(figures.speakerAccuracy),
  ]);
  const widths = header.map((title, index) => Math.max(title.length, ...lines.map((line) => (line[index] ?? '').length)));
  const format = (cells: readonly string[]) => cells.map((value, index) => (index === 0 ? value.padEnd(widths[0] ?? 0) : value.padStart(widths[index] ?? 0))).join('  ');
  const rule = '-'.repeat(format(header).length);
  return [format(header), rule, ...lines.slice(0, -1).map(format), rule, format(lines[lines.length - 1] ?? [])].join('\n') + '\n';
}
