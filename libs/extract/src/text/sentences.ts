import { speechVerbForms } from '../lexicons/speech-verbs';
import type { Range } from './ranges';

export interface Sentence extends Range {
  paragraph: number;
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'jr', 'sr', 'no', 'prof', 'inc', 'ltd', 'co', 'corp', 'vs', 'mt', 'ft', 'capt', 'sgt', 'rev', 'hon']);
const CLOSING = /["”’'»)\]]/;
const OPENING = /["“‘'«(]/;
const MAX_HEADING_LINE_WORDS = 10;
/** A line that stops on a comma, a dash or a joining word goes on in the next. */
const LINE_CONTINUES = /(?:[,;:(\-–—]|\b(?:and|or|but|of|the|a|an|to|in|on|by|for|with|said|says))\s*$/i;

const FINITE_SPEECH_VERBS = [...speechVerbForms()].filter(([, form]) => !form.participle).map(([word]) => word);
/** Up to five capitalised words ("Sen. Glenn Okafor"), a party and state ("(D-N.Y.)", ", R-Pa.,") or an appositive set off by commas. */
const NAME_WORDS = "\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*){0,4}(?:\\s+\\([^()]{1,14}\\))?(?:,\\s+[^,;:!?“”\"]{1,80},)?";
/** "The Ledger", "A campaign spokesman", "The editorial": a description of up to six words. */
const DESCRIPTION = "(?:The|A|An)\\s+(?:[\\p{L}’'-]+\\s+){0,5}?";
/**
 * “Is it over?” Sen. Glenn Okafor asked. — the speaker and speech verb after a quotation that
 * ends in a question or an exclamation go on the quotation's sentence.
 */
const ATTRIBUTION_AFTER = new RegExp(`^\\s+(?:${NAME_WORDS}\\s+|${DESCRIPTION})(?:(?:has|had|also|then|later)\\s+)?(?:${FINITE_SPEECH_VERBS.join('|')})(?![\\p{L}])`, 'u');

/**
 * Splits each paragraph into sentences, reading `narrative` (the text with quoted words
 * masked) so that full stops inside quotations do not end the sentence around them.
 */
export function splitSentences(narrative: string, paragraphs: readonly Range[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    let start = paragraph.start;
    for (let at = paragraph.start; at < paragraph.end; at += 1) {
      if (narrative[at] === '\n' && isHeadingLine(narrative.slice(start, at), narrative[at + 1] ?? '')) {
        sentences.push({ start, end: at, paragraph: index });
        start = skipSpace(narrative, at, paragraph.end);
        continue;
      }
      if (!'.!?'.includes(narrative[at] ?? '')) continue;
      const boundary = sentenceEndAfter(narrative, at, paragraph.end);
      if (boundary === null) continue;
      sentences.push({ start, end: boundary, paragraph: index });
      start = skipSpace(narrative, boundary, paragraph.end);
      at = Math.max(at, start - 1);
    }
    if (start < paragraph.end) sentences.push({ start, end: paragraph.end, paragraph: index });
  });
  return sentences;
}

/** "16:10", "Dunmarra’s prime minister to call Ruhnau": a short line of its own with no stop, a heading over the line after it. */
function isHeadingLine(line: string, nextChar: string): boolean {
  const words = line.trim().split(/\s+/);
  return line.trim() !== '' && words.length <= MAX_HEADING_LINE_WORDS && !LINE_CONTINUES.test(line) && /\p{Lu}/u.test(nextChar);
}

function sentenceEndAfter(text: string, at: number, limit: number): number | null {
  let end = at + 1;
  while (end < limit && '.!?'.includes(text[end] ?? '')) end += 1;
  while (end < limit && CLOSING.test(text[end] ?? '')) end += 1;
  if (end >= limit) return limit;
  const next = skipSpace(text, end, limit);
  const nextChar = text[next] ?? '';
  if (next === end && !/[“‘«]/.test(nextChar)) return null;
  if (!/\p{Lu}/u.test(nextChar) && !OPENING.test(nextChar)) return null;
  if (text[at] === '.' && isAbbreviation(text, at)) return null;
  if (text[at] !== '.' && end > at + 1 && CLOSING.test(text[end - 1] ?? '') && ATTRIBUTION_AFTER.test(text.slice(end, end + 160))) return null;
  return end;
}

function isAbbreviation(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && /[\p{L}.]/u.test(text[from - 1] ?? '')) from -= 1;
  const word = text.slice(from, dot);
  if (/^(?:\p{L}\.)*\p{L}$/u.test(word) && word.replace(/\./g, '').length <= 3 && /\p{Lu}/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function skipSpace(text: string, from: number, limit: number): number {
  let at = from;
  while (at < limit && /\s/.test(text[at] ?? '')) at += 1;
  return at;
}
