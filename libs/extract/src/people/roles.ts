import { hasDemonymShape } from '@parley/domain';
import { isSpace } from '../text/letters';
import type { Introduction } from './introductions';
import { isSpeechVerb } from '../attribution/speech-verbs';
import { FUNCTION_WORDS, TITLE_HEADS } from './lexicon';

const OF_AFTER = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}’'-]*(?:\s+\p{Lu}[\p{L}\p{M}’'-]*)*)/u;

/**
 * "Brastovan President" with "of Sardova" after the name: the title, and what it is of.
 * The title is read back from its head word and stops where the title ends: at a
 * possessor ("Brastova’s"), a demonym, a function word or a verb ("revealed that
 * Brastova’s president, …" is the president of Brastova, not a "Revealed president").
 */
export function roleFromWords(words: string[], after: string): Pick<Introduction, 'title' | 'of' | 'current'> {
  let possessor: string | null = null;
  let demonym: string | null = null;
  let current = true;
  const kept: string[] = [];
  for (let index = words.length - 1; index >= 0; index -= 1) {
    const word = words[index] as string;
    const possessive = /^(\p{Lu}[\p{L}\p{M}.-]*)['’]s$/u.exec(word);
    if (possessive) {
      possessor = possessive[1] ?? null;
      break;
    }
    if (word.toLowerCase() === 'former') {
      current = false;
      continue;
    }
    if (kept.length > 0 && hasDemonymShape(word)) {
      demonym = word;
      break;
    }
    if (endsTitle(word)) break;
    kept.unshift(word);
  }
  const title = kept.join(' ').replace(/,$/, '');
  return { title: title ? sentenceCase(title) : null, of: ofAfter(after) ?? possessor ?? demonym, current };
}

/** A word that cannot belong to a title before it: a function word, a verb, a lower-case possessive. */
function endsTitle(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === 'prime' || lower === 'foreign') return false;
  return FUNCTION_WORDS.has(lower) || isSpeechVerb(lower) || /^\p{Ll}+ed$/u.test(word) || /['’]s$/.test(word);
}

/**
 * The last word before a name and up to three words before it, as `[match, lead, word]`:
 * "… Brastova’s prime minister, " → ["Brastova’s prime ", "minister"]. Null unless the
 * text ends with a word and white space (and perhaps a comma).
 */
export function roleBefore(text: string): [string, string, string] | null {
  if (!isSpace(text.charAt(text.length - 1))) return null;
  const words = lastWords(text, 4);
  const last = (words.pop() ?? '').replace(/[,.]$/, '');
  if (!/^[\p{L}-]+$/u.test(last)) return null;
  const lead: string[] = [];
  for (const word of words.reverse()) {
    if (!/^[\p{L}’'.-]+$/u.test(word)) break;
    lead.unshift(word);
  }
  return [text, lead.length > 0 ? `${lead.join(' ')} ` : '', last];
}

/** The last `count` words of a text, split at white space. */
function lastWords(text: string, count: number): string[] {
  const words: string[] = [];
  let end = text.length;
  while (words.length < count) {
    while (end > 0 && isSpace(text.charAt(end - 1))) end -= 1;
    if (end === 0) break;
    let start = end;
    while (start > 0 && !isSpace(text.charAt(start - 1))) start -= 1;
    words.unshift(text.slice(start, end));
    end = start;
  }
  return words;
}

/** "ministers" → "minister": a plural role before a list of names. */
export function singular(word: string): string {
  return word.endsWith('s') && TITLE_HEADS.has(word.slice(0, -1)) ? word.slice(0, -1) : word;
}

export function ofAfter(after: string): string | null {
  return OF_AFTER.exec(after)?.[1] ?? null;
}

export function lastWord(phrase: string): string {
  const words = phrase.trim().toLowerCase().split(/\s+/);
  return words[words.length - 1] ?? '';
}

/** "trade analyst" → "Trade analyst"; a title already in capitals is kept. */
export function sentenceCase(phrase: string): string {
  const trimmed = phrase.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

/** "prime minister" → "Prime Minister": every word with a capital. */
export function titleCase(title: string): string {
  return title.replace(/\b\p{Ll}/gu, (letter) => letter.toUpperCase());
}
