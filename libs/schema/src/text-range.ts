import { badInput } from './inputs';

/** The most characters one `Article.text` field returns: a response stays bounded whatever the article. */
export const MAX_TEXT_RANGE = 1_048_576;

/**
 * The characters `[start, start + length)` of a text, counted in UTF-16 code units as
 * statement spans are; without `length`, the rest of the text. A range past the limit is an
 * error naming the argument, never a silent cut.
 */
export function textRange(text: string, start: number, length: number | null | undefined): string {
  if (start < 0) throw badInput('start', `${start} is negative`);
  if (length !== null && length !== undefined && length < 0) throw badInput('length', `${length} is negative`);
  const wanted = length ?? Math.max(0, text.length - start);
  if (wanted > MAX_TEXT_RANGE) {
    throw badInput('length', `${wanted} characters asked for; Article.text returns at most ${MAX_TEXT_RANGE} at a time: page through it with start and length`);
  }
  return text.slice(start, start + wanted);
}
