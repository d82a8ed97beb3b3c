import { segmentText, type QuotedSpan } from '../logic/spans';

export interface Quote extends QuotedSpan {
  /** Who said it, and how: "Donald Trump · Remarks to reporters · 28 Mar 2025". */
  attribution: string;
}

/**
 * The article text with each quotation marked at its characters. A mark takes keyboard
 * focus and shows its speaker on hover or focus (drawn by CSS from `data-speaker`, so the
 * text of the page stays the article's own, character for character); screen readers
 * read the same words through `aria-describedby`. Overlapping quotations name every speaker.
 */
export function HighlightedText({ text, quotes }: { text: string; quotes: readonly Quote[] }) {
  const segments = segmentText(text, quotes);
  const marked = segments.filter((segment) => segment.quotes.length > 0);
  const attributionOf = (quoteIndexes: number[]) => quoteIndexes.map((index) => quotes[index]?.attribution).join('; ');
  return (
    <>
      <div className="article-text" data-testid="article-text">
        {segments.map((segment) => {
          if (segment.quotes.length === 0) return <span key={segment.start}>{segment.text}</span>;
          const opens = segment.quotes.some((index) => quotes[index]?.start === segment.start);
          return (
            <mark
              key={segment.start}
              tabIndex={0}
              aria-describedby={`tip-${segment.start}`}
              data-start={segment.start}
              data-end={segment.end}
              data-speaker={attributionOf(segment.quotes)}
              {...(opens && { id: `quote-${segment.start}` })}
            >
              {segment.text}
            </mark>
          );
        })}
      </div>
      <div hidden>
        {marked.map((segment) => (
          <span key={segment.start} id={`tip-${segment.start}`}>
            {attributionOf(segment.quotes)}
          </span>
        ))}
      </div>
    </>
  );
}
