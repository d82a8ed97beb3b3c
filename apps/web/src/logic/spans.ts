export interface QuotedSpan {
  start: number;
  end: number;
}

/** A run of the text, and the quotations (by index) that cover it. */
export interface TextSegment {
  start: number;
  end: number;
  text: string;
  quotes: number[];
}

/**
 * Cuts the text at every quotation boundary, so that each quoted run can be marked even
 * when quotations overlap. Spans outside the text are clipped; empty ones are ignored.
 */
export function segmentText(text: string, spans: readonly QuotedSpan[]): TextSegment[] {
  const clipped = spans.map((span) => ({ start: clamp(span.start, text.length), end: clamp(span.end, text.length) }));
  const cuts = new Set<number>([0, text.length]);
  for (const span of clipped) {
    if (span.end <= span.start) continue;
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let index = 0; index + 1 < points.length; index++) {
    const start = points[index] as number;
    const end = points[index + 1] as number;
    const quotes = clipped.flatMap((span, quote) => (span.start <= start && end <= span.end && span.start < span.end ? [quote] : []));
    segments.push({ start, end, text: text.slice(start, end), quotes });
  }
  return segments;
}

function clamp(offset: number, length: number): number {
  return Math.max(0, Math.min(offset, length));
}
