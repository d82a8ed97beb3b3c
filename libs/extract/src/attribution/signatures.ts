/**
 * “We need better roads.” ― Ana Ruiz — a quotation signed with its speaker's name after
 * a dash, the name alone on the rest of its line (an age or a town may follow it after a
 * comma), as reader comments and vox-pop lists print them.
 */

/** The dash that opens a signature: a horizontal bar, an em or en dash, or two hyphens. */
export const SIGNATURE_DASH = '(?:[―—–]|--)';

/** Between a quotation's closing mark and the signed name: a stop, the dash, spaces. */
const SIGNATURE_GAP = new RegExp(`^[,.!?]?[”"’']*[,.!?]?\\s*${SIGNATURE_DASH}\\s*$`, 'u');
/** After the signed name, to the end of its line: a stop, or a comma and a few words (", 34, Phoenix"). */
const SIGNATURE_TAIL = /^(?:,[^\n“”"‘’.!?]{1,40})?[.,]?[^\S\n]*$/u;

/** Whether the words from `at` to the end of their line close a signature. */
export function endsSignature(text: string, at: number): boolean {
  const lineEnd = text.indexOf('\n', at);
  return SIGNATURE_TAIL.test(text.slice(at, lineEnd < 0 ? text.length : lineEnd));
}

/** Whether the name from `start` to `end` signs the quotation that closes at `close`. */
export function signsQuotation(narrative: string, close: number, start: number, end: number): boolean {
  return SIGNATURE_GAP.test(narrative.slice(close + 1, start)) && endsSignature(narrative, end);
}

const SIGNED_AFTER_MARK = new RegExp(`[”"’'][,.!?]?\\s*${SIGNATURE_DASH}\\s*$`, 'u');

/** Whether the name from `start` to `end` signs the quotation before it, so that it names no speaker of a later one. */
export function isSignature(narrative: string, start: number, end: number): boolean {
  return SIGNED_AFTER_MARK.test(narrative.slice(Math.max(0, start - 8), start)) && endsSignature(narrative, end);
}
