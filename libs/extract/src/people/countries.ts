import { countryForDemonym, hasDemonymShape, irregularDemonymCountry, isDemonymOf, isRegularDemonymOf } from '@parley/domain';
import { affiliationOf } from './name-keys';
import { COUNTRY_ABBREVIATIONS, FUNCTION_WORDS, ORGANISATION_WORDS } from './lexicon';
import { CAPITAL } from '../text/letters';

const SINGLE_WORD = new RegExp(`\\b${CAPITAL}[\\p{Ll}\\p{M}]{2,}\\b(?!['’]?\\s*${CAPITAL})`, 'gu');

/** "Sennish Chancellor": a demonym before a title, which the single-word scan leaves out. */
const TITLE_DEMONYM = new RegExp(`\\b${CAPITAL}\\p{Ll}{2,}(?:ian|an|ic|ese|ish|i)(?=\\s+${CAPITAL})`, 'gu');

/** "the Brastovan capital, Orsk", "the capital of Brastova, Orsk". */
const CAPITAL_NAMED_AFTER = new RegExp(`\\b[Tt]he\\s+(?:(${CAPITAL}[\\p{L}-]+)(?:['’]s)?\\s+capital|capital\\s+of\\s+(${CAPITAL}[\\p{L}-]+)),\\s+(${CAPITAL}[\\p{L}-]+)`, 'gu');
/** "Orsk, the Brastovan capital": the city is read back from the comma. */
const CAPITAL_NAMED_BEFORE = new RegExp(`,\\s+the\\s+(${CAPITAL}[\\p{L}-]+)\\s+capital\\b`, 'gu');
const CITY_BEFORE_COMMA = new RegExp(`(${CAPITAL}[\\p{L}-]+)$`, 'u');

/** "Zemlan" beside "Zemlani": a name shaped like a demonym is the country when the article builds its demonym on it. */
function hasLongerDemonym(word: string, demonyms: readonly string[]): boolean {
  return demonyms.some((demonym) => demonym.length > word.length && demonym.startsWith(word));
}

/**
 * The countries an article speaks of, learnt from the article itself: names that pair
 * with a demonym in the text (Tessalia with Tessalian), and names after "of" in titles.
 */
export class Countries {
  private readonly names: string[];
  /** How often each capitalised word stands alone in the narrative. */
  private readonly counts = new Map<string, number>();
  private readonly demonymOf = new Map<string, string>();
  private readonly countryOfCapital = new Map<string, string>();
  private byTimesNamed: string[] | null = null;

  constructor(narrative: string, declared: Iterable<string>) {
    for (const match of narrative.matchAll(SINGLE_WORD)) {
      if (!FUNCTION_WORDS.has(match[0].toLowerCase()) && !ORGANISATION_WORDS.has(match[0].toLowerCase())) this.counts.set(match[0], (this.counts.get(match[0]) ?? 0) + 1);
    }
    const words = [...this.counts.keys()];
    const demonyms = [...new Set([...words, ...(narrative.match(TITLE_DEMONYM) ?? [])])].filter(hasDemonymShape);
    const paired = words.filter((word) => (!hasDemonymShape(word) || hasLongerDemonym(word, demonyms)) && demonyms.some((demonym) => demonym !== word && isDemonymOf(demonym, word)));
    const named = [...declared].filter((name) => affiliationOf(name).type === 'country' && !hasDemonymShape(name) && !irregularDemonymCountry(name) && !/\s/.test(name.trim()));
    this.names = [...new Set([...named, ...paired])];
    for (const country of this.names) {
      const demonym = demonyms.find((word) => isDemonymOf(word, country));
      if (demonym) this.demonymOf.set(country, demonym);
    }
    if (narrative.includes('capital')) this.readCapitals(narrative);
  }

  private readCapitals(narrative: string): void {
    for (const match of narrative.matchAll(CAPITAL_NAMED_AFTER)) this.addCapital(match[3], match[1] ?? match[2]);
    for (const match of narrative.matchAll(CAPITAL_NAMED_BEFORE)) this.addCapital(CITY_BEFORE_COMMA.exec(narrative.slice(Math.max(0, match.index - 40), match.index))?.[1], match[1]);
  }

  private addCapital(city: string | undefined, countryWord: string | undefined): void {
    const country = this.resolve(countryWord ?? null);
    if (country && city) this.countryOfCapital.set(city, country);
  }

  /** How the article makes an adjective of a country: its demonym when it uses a regular one ("Brastovan"), else the name. */
  adjective(country: string): string {
    const demonym = this.demonymOf.get(country);
    return demonym && isRegularDemonymOf(demonym, country) ? demonym : country;
  }

  /** The country whose capital a city is, as the article says ("the Brastovan capital, Orsk"). */
  ofCapital(city: string): string | null {
    return this.countryOfCapital.get(city) ?? null;
  }

  /** The country a word names: itself when it is one, the country of a demonym, or null. */
  resolve(word: string | null): string | null {
    if (!word) return null;
    const abbreviation = COUNTRY_ABBREVIATIONS[word];
    if (abbreviation) return abbreviation;
    if (this.names.includes(word)) return word;
    if (hasDemonymShape(word)) return countryForDemonym(word, this.names);
    return irregularDemonymCountry(word);
  }

  isCountry(word: string): boolean {
    return this.names.includes(word) || COUNTRY_ABBREVIATIONS[word] !== undefined;
  }

  list(): readonly string[] {
    return this.names;
  }

  /** The countries the article names most, by name or demonym: the sides of its dispute first. */
  mostNamed(count: number): string[] {
    this.byTimesNamed ??= this.rankByTimesNamed();
    return this.byTimesNamed.slice(0, count);
  }

  private rankByTimesNamed(): string[] {
    const times = new Map(this.names.map((country) => [country, 0]));
    for (const [word, count] of this.counts) {
      for (const country of this.names) {
        if (word === country || (hasDemonymShape(word) && isDemonymOf(word, country))) times.set(country, (times.get(country) ?? 0) + count);
      }
    }
    return [...this.names].sort((a, b) => (times.get(b) ?? 0) - (times.get(a) ?? 0));
  }
}
