import { countryForDemonym, hasDemonymShape, isDemonymOf } from '@parley/domain';
import { classifyAffiliation } from '@parley/domain';
import { COUNTRY_ABBREVIATIONS, FUNCTION_WORDS, ORGANISATION_WORDS } from './lexicon';
import { CAPITAL } from '../text/letters';

const SINGLE_WORD = new RegExp(`\\b${CAPITAL}[\\p{Ll}\\p{M}]{2,}\\b(?!['’]?\\s*${CAPITAL})`, 'gu');

/** "Sennish Chancellor": a demonym before a title, which the single-word scan leaves out. */
const TITLE_DEMONYM = new RegExp(`\\b${CAPITAL}\\p{Ll}{2,}(?:ian|an|ic|ese|ish|i)(?=\\s+${CAPITAL})`, 'gu');

/**
 * The countries an article speaks of, learnt from the article itself: names that pair
 * with a demonym in the text (Valdoria with Valdorian), and names after "of" in titles.
 */
export class Countries {
  private readonly names: string[];
  /** How often each capitalised word stands alone in the narrative. */
  private readonly counts = new Map<string, number>();

  constructor(narrative: string, declared: Iterable<string>) {
    for (const match of narrative.matchAll(SINGLE_WORD)) {
      if (!FUNCTION_WORDS.has(match[0].toLowerCase()) && !ORGANISATION_WORDS.has(match[0].toLowerCase())) this.counts.set(match[0], (this.counts.get(match[0]) ?? 0) + 1);
    }
    const words = [...this.counts.keys()];
    const demonyms = [...new Set([...words, ...(narrative.match(TITLE_DEMONYM) ?? [])])].filter(hasDemonymShape);
    const paired = words.filter((word) => !hasDemonymShape(word) && demonyms.some((demonym) => isDemonymOf(demonym, word)));
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

  /** The countries the article names most, by name or demonym: the sides of its dispute first. */
  mostNamed(count: number): string[] {
    const timesNamed = (country: string) => [...this.counts].reduce((sum, [word, times]) => sum + (word === country || (hasDemonymShape(word) && isDemonymOf(word, country)) ? times : 0), 0);
    return this.names
      .map((country) => [country, timesNamed(country)] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([country]) => country);
  }
}
