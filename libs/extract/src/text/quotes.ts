import { isLetterOrDigit, isSpace as isWhiteSpace } from './letters';
import { trimRange, type Range } from './ranges';

type Family = 'double' | 'single';

/** A quotation in the article: where its marks and its words are. */
export interface Quote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark; null when the quote runs on to its paragraph's end. */
  close: number | null;
  /** The quoted words, `[start, end)`, without the marks and outer white space. */
  start: number;
  end: number;
  paragraph: number;
  /** Index of the quote that holds this one, or null for a top-level quote. */
  parent: number | null;
  /** Index of the quote, in the previous paragraph, that this one carries on (while scanning: its opening offset). */
  continues: number | null;
}

interface OpenMark {
  at: number;
  family: Family;
  /** 2 for the two apostrophes some archives print for a double mark (''…''), else 1. */
  width: number;
}

const DOUBLE_OPENERS = '“„«';
const DOUBLE_CLOSERS = '”»';
const SINGLE_OPENERS = '‘‚‹';
const SINGLE_CLOSERS = '’›';
const ALL_MARKS = `${DOUBLE_OPENERS}${DOUBLE_CLOSERS}${SINGLE_OPENERS}${SINGLE_CLOSERS}"'`;

const QUOTE_MARK = /["'“”„«»‘’‚‹›]/g;

const isWordChar = isLetterOrDigit;
const isSpace = (char: string) => char === '' || isWhiteSpace(char);

function familyOf(char: string): Family | null {
  if (DOUBLE_OPENERS.includes(char) || DOUBLE_CLOSERS.includes(char) || char === '"') return 'double';
  if (SINGLE_OPENERS.includes(char) || SINGLE_CLOSERS.includes(char) || char === "'") return 'single';
  return null;
}

function canOpen(prev: string, next: string): boolean {
  return (isSpace(prev) || /[([{—–\-/]/.test(prev) || ALL_MARKS.includes(prev)) && !isSpace(next);
}

function canClose(prev: string, next: string): boolean {
  return !isSpace(prev) && (isSpace(next) || /[\p{P}\p{S}]/u.test(next));
}

/**
 * Finds the quotations of each paragraph with a stack of open marks, so nested quotes of
 * the other family ("‘…’" in "“…”", '"…"' in "'…'") are kept. Curly marks say which
 * way they face; straight marks and ’ are read from their neighbours, so apostrophes
 * inside words (don't, country's, o’clock) never open or close a quote. A quote left
 * open at a paragraph's end counts only when the next paragraph reopens it, the
 * convention for a quotation that runs over several paragraphs.
 */
export function findQuotes(text: string, paragraphs: readonly Range[]): Quote[] {
  const quotes: Quote[] = [];
  let runningOn: number | null = null;
  paragraphs.forEach((paragraph, index) => {
    const next = paragraphs[index + 1];
    const carried = runningOn;
    runningOn = scanParagraph(text, paragraph, index, next, quotes, carried);
  });
  return assignParents(quotes);
}

function scanParagraph(
  text: string,
  paragraph: Range,
  index: number,
  nextParagraph: Range | undefined,
  quotes: Quote[],
  carried: number | null,
): number | null {
  const stack: OpenMark[] = [];
  const lastSingleCloser = findLastSingleCloser(text, paragraph);

  const emit = (mark: OpenMark, close: number | null, end: number) => {
    const words = trimRange(text, mark.at + mark.width, end);
    if (words.end <= words.start) return;
    const continues = mark.at === paragraph.start ? carried : null;
    quotes.push({ open: mark.at, close, ...words, paragraph: index, parent: null, continues });
  };
  const closeFamily = (family: Family, at: number, width = 1) => {
    const depth = stack.map((mark) => mark.family).lastIndexOf(family);
    if (depth === -1) return;
    const mark = stack[depth] as OpenMark;
    stack.length = depth;
    emit(mark, at + width - 1, at);
  };

  QUOTE_MARK.lastIndex = paragraph.start;
  for (let mark = QUOTE_MARK.exec(text); mark && mark.index < paragraph.end; mark = QUOTE_MARK.exec(text)) {
    const at = mark.index;
    const char = mark[0];
    const top = stack[stack.length - 1];
    // "'old-school,'''": a single quotation closes before the double one around it.
    const width = char === "'" && text[at + 1] === "'" && !(text[at + 2] === "'" && top?.family === 'single') ? 2 : 1;
    const family = width === 2 ? 'double' : familyOf(char);
    if (!family) continue;
    if (width === 2) QUOTE_MARK.lastIndex = at + 2;
    const prev = at > paragraph.start ? (text[at - 1] ?? '') : '';
    const next = at + width < paragraph.end ? (text[at + width] ?? '') : '';
    if (family === 'double') {
      if (DOUBLE_OPENERS.includes(char)) stack.push({ at, family, width });
      else if (DOUBLE_CLOSERS.includes(char)) closeFamily('double', at);
      else if (top?.family === 'double' && canClose(prev, next)) closeFamily('double', at, width);
      else if (canOpen(prev, next)) stack.push({ at, family, width });
      else if (stack.some((mark) => mark.family === 'double')) closeFamily('double', at, width);
      continue;
    }
    if (isWordChar(prev) && isWordChar(next)) continue;
    if (SINGLE_OPENERS.includes(char)) {
      if (!isSpace(next)) stack.push({ at, family, width });
    } else if (top?.family === 'single' && canClose(prev, next)) {
      const pluralPossessive = /s/i.test(prev) && next === ' ' && /\p{Ll}/u.test(text[at + 2] ?? '') && lastSingleCloser > at && !singleOpensBetween(text, at + 1, lastSingleCloser);
      if (!pluralPossessive) closeFamily('single', at);
    } else if (char === "'" && canOpen(prev, next)) {
      stack.push({ at, family, width });
    }
  }

  const outer = stack[0];
  if (!outer || !nextParagraph || !opensWith(text, nextParagraph, outer.family)) return null;
  emit(outer, null, paragraph.end);
  return outer.at;
}

function opensWith(text: string, paragraph: Range, family: Family): boolean {
  const first = text[paragraph.start] ?? '';
  if (family === 'double') return DOUBLE_OPENERS.includes(first) || first === '"';
  return SINGLE_OPENERS.includes(first) || first === "'";
}

function findLastSingleCloser(text: string, paragraph: Range): number {
  for (let at = paragraph.end - 1; at >= paragraph.start; at -= 1) {
    const char = text[at] ?? '';
    if (char !== "'" && char !== '’' && char !== '›') continue;
    const prev = text[at - 1] ?? '';
    const next = at + 1 < paragraph.end ? (text[at + 1] ?? '') : '';
    if (!(isWordChar(prev) && isWordChar(next)) && canClose(prev, next)) return at;
  }
  return -1;
}

/** Whether a single mark shaped as an opener lies between: then the "s' " before it closes a quote ("'of fairness' and 'a decade'"). */
function singleOpensBetween(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at += 1) {
    const char = text[at] ?? '';
    if ((char === "'" || SINGLE_OPENERS.includes(char)) && canOpen(text[at - 1] ?? '', text[at + 1] ?? '') && !isWordChar(text[at - 1] ?? '')) return true;
  }
  return false;
}

/** Orders quotes by position and turns `continues` from an opening offset into an index. */
function assignParents(quotes: Quote[]): Quote[] {
  const ordered = quotes.sort((a, b) => a.open - b.open);
  const indexByOpen = new Map(ordered.map((quote, index) => [quote.open, index]));
  const enclosing: number[] = [];
  ordered.forEach((quote, index) => {
    while (enclosing.length > 0 && (ordered[enclosing[enclosing.length - 1] as number] as Quote).end <= quote.open) enclosing.pop();
    quote.parent = enclosing[enclosing.length - 1] ?? null;
    quote.continues = quote.continues === null ? null : (indexByOpen.get(quote.continues) ?? null);
    enclosing.push(index);
  });
  return ordered;
}
