import type { TextSpan } from '@parley/domain';
import type { GoldAttribution } from './brat';

/** A quotation-mark span of the article and the attribution whose Content holds it, if any. */
export interface GoldQuote extends TextSpan {
  attribution: GoldAttribution | null;
}

interface Mark {
  at: number;
  width: number;
  kind: 'open' | 'close' | 'straight';
}

/** Double marks: curly, straight, and the two apostrophes some archives print for one. */
const DOUBLE_MARKS = /“|”|''|"/g;
/** Headlines quote with single marks: ‘Mocking’, 'Terrifying.' — a mark at a word's edge, not an apostrophe inside one. */
const HEADLINE_MARKS = /(?<![\p{L}\p{N}])[‘']|[’'](?![\p{L}\p{N}])/gu;

function marksOf(line: string, pattern: RegExp): Mark[] {
  return [...line.matchAll(pattern)].map((match) => {
    const mark = match[0];
    const kind = mark === '“' || mark === '‘' ? 'open' : mark === '”' || mark === '’' ? 'close' : 'straight';
    const opensWord = /^[\p{L}\p{N}]/u.test(line.slice(match.index + mark.length, match.index + mark.length + 1));
    return { at: match.index, width: mark.length, kind: pattern === HEADLINE_MARKS && kind === 'straight' ? (opensWord ? 'open' : 'close') : kind };
  });
}

/** The outermost spans of one line between its marks; a quotation opening the line may run to its end and carry on in the next. */
function spansOfLine(line: string, lineStart: number, marks: readonly Mark[]): TextSpan[] {
  const spans: TextSpan[] = [];
  let open: Mark | null = null;
  for (const mark of marks) {
    if (open === null) {
      if (mark.kind !== 'close') open = mark;
    } else if (mark.kind === 'close' || (mark.kind === 'straight' && open.kind === 'straight')) {
      spans.push({ start: lineStart + open.at + open.width, end: lineStart + mark.at });
      open = null;
    }
  }
  if (open !== null && line.slice(0, open.at).trim() === '') spans.push({ start: lineStart + open.at + open.width, end: lineStart + line.trimEnd().length });
  return spans;
}

/**
 * The quotations of an article (the words between the marks), read independently of the
 * extractor's own quote scanner so that it cannot grade itself.
 */
export function quotationSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let lineStart = 0;
  text.split('\n').forEach((line, index) => {
    const marks = marksOf(line, DOUBLE_MARKS);
    spans.push(...spansOfLine(line, lineStart, index === 0 && marks.length === 0 ? marksOf(line, HEADLINE_MARKS) : marks));
    lineStart += line.length + 1;
  });
  return spans.filter((span) => /\p{L}/u.test(text.slice(span.start, span.end)));
}

function holds(content: TextSpan, quote: TextSpan): boolean {
  return content.start <= quote.start && quote.end <= content.end;
}

function contentLength(attribution: GoldAttribution): number {
  return attribution.content.reduce((sum, piece) => sum + piece.end - piece.start, 0);
}

/** Every quotation of the article with the narrowest attribution whose Content holds it. */
export function goldQuotes(text: string, attributions: readonly GoldAttribution[]): GoldQuote[] {
  return quotationSpans(text).map((span) => {
    const holders = attributions.filter((attribution) => attribution.content.some((piece) => holds(piece, span)));
    holders.sort((a, b) => contentLength(a) - contentLength(b));
    return { ...span, attribution: holders[0] ?? null };
  });
}
