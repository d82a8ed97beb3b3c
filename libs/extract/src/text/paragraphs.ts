import { trimRange, type Range } from './ranges';

/**
 * The paragraphs of an article body: blocks between blank lines, or single lines when
 * the text never leaves a blank line. Empty blocks are dropped.
 */
export function findParagraphs(text: string, bodyStart: number): Range[] {
  const separator = /\n[ \t\r]*\n/.test(text.slice(bodyStart)) ? /\n[ \t\r]*\n\s*/g : /\n\s*/g;
  const paragraphs: Range[] = [];
  let start = bodyStart;
  separator.lastIndex = bodyStart;
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    pushParagraph(paragraphs, text, start, match.index);
    start = match.index + match[0].length;
  }
  pushParagraph(paragraphs, text, start, text.length);
  return paragraphs;
}

function pushParagraph(paragraphs: Range[], text: string, start: number, end: number): void {
  const range = trimRange(text, start, end);
  if (range.end > range.start) paragraphs.push(range);
}
