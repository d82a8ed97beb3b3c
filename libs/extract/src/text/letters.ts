/**
 * A capital letter of the Latin scripts the articles are written in, for patterns run
 * over a whole article. Spelled as ranges rather than `\p{Lu}`: a scan for a pattern that
 * starts with it runs several times faster.
 */
export const CAPITAL = '[A-ZÀ-ÖØ-Þ\\u0100-\\u017f]';

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** Character tests for scans that run over every character of a clause: ASCII first, patterns only beyond it. */
export function isLetter(char: string): boolean {
  const code = char.charCodeAt(0);
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  return code > 127 && LETTER.test(char);
}

export function isLetterOrDigit(char: string): boolean {
  const code = char.charCodeAt(0);
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  return code > 127 && LETTER_OR_DIGIT.test(char);
}

export function isSpace(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code > 127 && SPACE.test(char);
}

/** The word that ends, followed by white space, just before `at` ("with " → "with"); empty when none does. */
export function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && isSpace(text.charAt(end - 1))) end -= 1;
  if (end === at) return '';
  let start = end;
  while (start > 0 && isLetter(text.charAt(start - 1))) start -= 1;
  return text.slice(start, end);
}
