import type { Entities, Entity } from '../people/entities';
import { FEMALE_HONORIFICS, FUNCTION_WORDS, MALE_HONORIFICS, NEUTRAL_HONORIFICS, ORGANISATION_WORDS, PARTY_LABELS, TITLE_ABBREVIATIONS, TITLE_HEADS } from '../people/lexicon';

/** Where a source goes on to describe its person: "Mr. Okafor of the Farmers Union", "Dana Veld, an economist at the bank". */
const DESCRIPTION_AFTER = /\s*[,(—–]|\s(?:of|from|at|who|and|with|for)\s/u;
/** "a New Hampshire Republican", "another Democrat": one of many, never a name. */
const INDEFINITE = /^(?:a|an|another|one|some|several)\s/i;
const WORD = /[\p{L}][\p{L}\p{M}.'’-]*/gu;
/** "Okafor angrily": an adverb after the name before the verb. */
const ADVERB = /^\p{Ll}+ly$/u;
/** A middle initial ("T.") or a capitalised word. */
const NAME_WORD = /^(?:\p{Lu}\.|\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*)$/u;

const isHonorific = (word: string) => {
  const lower = word.toLowerCase();
  return MALE_HONORIFICS.has(lower) || FEMALE_HONORIFICS.has(lower) || NEUTRAL_HONORIFICS.has(lower) || MALE_HONORIFICS.has(`${lower}.`) || FEMALE_HONORIFICS.has(`${lower}.`);
};
const isTitle = (word: string) => TITLE_HEADS.has(word.toLowerCase()) || word.replace(/\.$/, '') in TITLE_ABBREVIATIONS || PARTY_LABELS.has(word);

/** "Mr. Bishop", "Lena T. Bishop", "Tom Green": a title or a party word after an honorific or a given name is a surname. */
function isTitledSurname(word: string, previous: string): boolean {
  if (!NAME_WORD.test(word) || !isTitle(word)) return false;
  return isHonorific(previous.replace(/\.$/, '')) || (NAME_WORD.test(previous) && !isTitle(previous) && !FUNCTION_WORDS.has(previous.toLowerCase()));
}

/**
 * The name a source phrase gives its speaker: "Mr. Bishop" → Bishop, "Okafor lawyer Dana
 * Veld" → Dana Veld, "Lund’s top trade aide Ana Ruiz" → Ana
 * Ruiz; null for a description ("the company", "a Lakeland Republican") or a body
 * ("The Los Angeles Times", "the Ledger").
 */
export function nameInSource(phrase: string): string | null {
  if (INDEFINITE.test(phrase)) return null;
  const cut = DESCRIPTION_AFTER.exec(phrase);
  const words = (cut && cut.index > 0 ? phrase.slice(0, cut.index) : phrase).match(WORD) ?? [];
  while (words.length > 0 && ADVERB.test(words[words.length - 1] ?? '')) words.pop();
  const name: string[] = [];
  for (let index = words.length - 1; index >= 0; index -= 1) {
    const word = words[index] as string;
    if (index === words.length - 1 && index > 0 && isTitledSurname(word, words[index - 1] as string)) {
      name.unshift(word);
      continue;
    }
    if (!NAME_WORD.test(word) || isHonorific(word.replace(/\.$/, '')) || isTitle(word) || FUNCTION_WORDS.has(word.toLowerCase()) || /['’]s$/.test(word)) break;
    name.unshift(word);
  }
  const before = words[words.length - name.length - 1] ?? '';
  if (name.length === 0 || name.length > 4 || words.some((word) => ORGANISATION_WORDS.has(word.toLowerCase()))) return null;
  // "the Ledger", "The Hill": a body named by one word after the article.
  if (/\.$/.test(name[name.length - 1] ?? '') || (name.length === 1 && /^the$/i.test(before))) return null;
  return name.join(' ');
}

/**
 * The person a source phrase names: one the article knows by that name or surname, or a
 * person added to the article's people ("Veld said": a lone surname is read as a person's).
 */
export function personNamedBySource(phrase: string, entities: Entities): Entity | null {
  const found = nameInSource(phrase);
  if (!found) return null;
  const surname = found.split(' ').pop() ?? found;
  return entities.byName(found) ?? entities.personByWord(surname) ?? entities.add(found, 'individual');
}
