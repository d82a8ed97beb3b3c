import { countryForDemonym, hasDemonymShape, isDemonymOf } from '@parley/domain';
import { classifyAffiliation } from '@parley/domain';
import { COUNTRY_ABBREVIATIONS, FUNCTION_WORDS, ORGANISATION_WORDS } from './lexicon';

const SINGLE_WORD = /\b\p{Lu}[\p{Ll}\p{M}]{2,}\b(?!['’]?\s*\p{Lu})/gu;

/**
 * The countries an article speaks of, learnt from the article itself: names that pair
 * with a demonym in the text (Valdoria with Valdorian), and names after "of" in titles.
 */
export class Countries {
  private readonly names: string[];

  constructor(narrative: string, declared: Iterable<string>) {
    const words = new Set<string>();
    for (const match of narrative.matchAll(SINGLE_WORD)) {
      if (!FUNCTION_WORDS.has(match[0].toLowerCase()) && !ORGANISATION_WORDS.has(match[0].toLowerCase())) words.add(match[0]);
    }
    const demonyms = [...words].filter(hasDemonymShape);
    const paired = [...words].filter((word) => !hasDemonymShape(word) && demonyms.some((demonym) => isDemonymOf(demonym, word)));
    const named = [...declared].filter((name) => classifyAffiliation(name).type === 'country' && !hasDemonymShape(name) && !/\s/.test(name.trim()));
    this.names = [...new Set([...named, ...paired])];
  }

  /** The country a word names: itself when it is one, the country of a demonym, or null. */
  resolve(word: string | null): string | null {
    if (!word) return null;
    const abbreviation = COUNTRY_ABBREVIATIONS[word];
    if (abbreviation) return abbreviation;
    if (this.names.includes(word)) return word;
    if (hasDemonymShape(word)) return countryForDemonym(word, this.names);
    return null;
  }

  isCountry(word: string): boolean {
    return this.names.includes(word) || COUNTRY_ABBREVIATIONS[word] !== undefined;
  }

  list(): readonly string[] {
    return this.names;
  }
}
