/**
 * Quotations that say nothing: titles, nicknames, slogans on placards, chants. They are
 * kept as optional statements with no speaker, as the annotation convention asks.
 */
const NAMING_CUE = /(?:\b(?:reading|read|chanted|chanting|chant|chants of|slogan|placards?|banners?|signs?|titled|entitled|called|dubbed|nicknamed|known as|memoir|book|novel|film|album|report|headlined|hashtag)[,:]?)\s*$/i;
/** "a gesture it called ‘…’", "he called the plan ‘…’": the subject says the words, so they are speech. */
const SPEAKER_CALLED = /\b(?:he|she|it|they|we|I|\p{Lu}[\p{L}’'-]+)\s+(?:has\s+|had\s+|also\s+)?called\s*$/u;
/** Six words at most: a longer quotation is not read as a title. */
const LONGEST_TITLE = 90;
const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'not', 'in', 'on', 'at', 'for', 'to', 'by', 'with']);

/** Whether the words just before a quotation introduce a name, title or slogan rather than speech. */
export function introducesName(textBefore: string): boolean {
  const tail = textBefore.slice(-40);
  return NAMING_CUE.test(tail) && !SPEAKER_CALLED.test(tail);
}

/** A short phrase in title case ("The Patient Lantern", "Save Tessalian Orchards"): a name, not a statement. */
export function looksLikeTitle(quoted: string): boolean {
  if (quoted.length > LONGEST_TITLE) return false;
  const words = quoted.replace(/[\p{P}]+$/u, '').split(/\s+/).filter((word) => /\p{L}/u.test(word));
  if (words.length < 2 || words.length > 6) return false;
  return looksLikeTitleCase(words);
}

/** Words written in title case: every word capitalised but the minor ones, and at least two capitals. */
export function looksLikeTitleCase(words: readonly string[]): boolean {
  const capitalised = words.filter((word) => /^[\p{P}]*\p{Lu}/u.test(word));
  return words.every((word) => /^[\p{P}]*\p{Lu}/u.test(word) || MINOR_WORDS.has(word.toLowerCase())) && capitalised.length >= 2;
}
