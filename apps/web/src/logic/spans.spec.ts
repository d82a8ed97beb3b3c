import { describe, expect, it } from 'vitest';
import { segmentText } from './spans';

// The opening of the seed article, with Trump's "very, very good" at 60–75.
const TEXT = 'U.S. President Donald Trump said on Friday he had an "extremely, very, very good" call';

describe('segmentText', () => {
  it('gives back the text unchanged, with each quotation cut out at its own characters', () => {
    const start = TEXT.indexOf('very, very good');
    const segments = segmentText(TEXT, [{ start, end: start + 'very, very good'.length }]);
    expect(segments.map((segment) => segment.text).join('')).toBe(TEXT);
    expect(segments.filter((segment) => segment.quotes.length > 0)).toEqual([{ start, end: start + 15, text: 'very, very good', quotes: [0] }]);
  });

  it('splits overlapping quotations so that the shared words name both', () => {
    const text = 'He said it was a very good talk today.';
    const outer = { start: text.indexOf('a very'), end: text.indexOf(' today') };
    const inner = { start: text.indexOf('very'), end: text.indexOf(' talk') };
    const marked = segmentText(text, [outer, inner]).filter((segment) => segment.quotes.length > 0);
    expect(marked.map(({ text: words, quotes }) => [words, quotes])).toEqual([
      ['a ', [0]],
      ['very good', [0, 1]],
      [' talk', [0]],
    ]);
  });

  it('clips spans past the end of the text and ignores empty ones', () => {
    const segments = segmentText('short text', [
      { start: 6, end: 99 },
      { start: 3, end: 3 },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 6, text: 'short ', quotes: [] },
      { start: 6, end: 10, text: 'text', quotes: [0] },
    ]);
  });
});
