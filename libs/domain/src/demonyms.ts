/**
 * Demonyms ("Valdorian", "Kestrian", "Norlandic") and the countries they belong to,
 * by the shape of the words rather than a list, so that a country first met in an
 * article still pairs with its adjective: both reduce to one stem ("valdor").
 */

const DEMONYM_ENDINGS = ['ian', 'ean', 'an', 'ic', 'ese', 'ish', 'i', 'n'];
const COUNTRY_ENDINGS = ['ia', 'a', 'land', 'y', 'e'];
const MIN_STEM = 3;

/** Whether a capitalised word has a demonym's ending ("Valdorian", "Norlandic", "Eskaran"). */
export function hasDemonymShape(word: string): boolean {
  return /^\p{Lu}\p{Ll}{2,}(?:ian|an|ic|ese|ish|i)$/u.test(word);
}

function stems(word: string, endings: readonly string[]): string[] {
  const key = word.toLowerCase();
  const found = [key];
  for (const ending of endings) {
    if (key.endsWith(ending) && key.length - ending.length >= MIN_STEM) found.push(key.slice(0, -ending.length));
  }
  return found;
}

/** Whether `demonym` is the adjective of `country`: Valdorian ↔ Valdoria, Norlandic ↔ Norland. */
export function isDemonymOf(demonym: string, country: string): boolean {
  if (demonym.toLowerCase() === country.toLowerCase()) return true;
  const countryStems = new Set(stems(country, COUNTRY_ENDINGS));
  return stems(demonym, DEMONYM_ENDINGS).some((stem) => stem.length >= MIN_STEM + 1 && countryStems.has(stem));
}

/**
 * The country a demonym names: one of `knownCountries` when one pairs with it, else the
 * likeliest spelling by its ending (Kestrian → Kestria, Eskaran → Eskara, Norlandic →
 * Norland). Returns null for a word that has no demonym ending.
 */
export function countryForDemonym(demonym: string, knownCountries: Iterable<string> = []): string | null {
  for (const country of knownCountries) {
    if (isDemonymOf(demonym, country)) return country;
  }
  if (/ian$/i.test(demonym) || /an$/i.test(demonym)) return demonym.slice(0, -1);
  if (/ic$/i.test(demonym)) return demonym.slice(0, -2);
  if (/ese$/i.test(demonym)) return demonym.slice(0, -3);
  if (/ish$/i.test(demonym)) return `${demonym.slice(0, -3)}land`;
  if (/i$/i.test(demonym)) return demonym.slice(0, -1);
  return null;
}
