/** A half-open character range `[start, end)` of the article text. */
export interface Range {
  start: number;
  end: number;
}

/** The index of the range holding `offset` in ranges sorted by start, or -1. */
export function indexOfRangeAt(ranges: readonly Range[], offset: number): number {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle] as Range;
    if (offset < range.start) high = middle - 1;
    else if (offset >= range.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** The range shrunk to exclude white space at either end. */
export function trimRange(text: string, start: number, end: number): Range {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? '')) from += 1;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to -= 1;
  return { start: from, end: to };
}

/** Whether `[start, end)` overlaps one of `ranges`, which must be sorted by start and not overlap each other. */
export function overlaps(ranges: readonly Range[], start: number, end: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle] as Range;
    if (range.end <= start) low = middle + 1;
    else if (range.start >= end) high = middle - 1;
    else return true;
  }
  return false;
}
