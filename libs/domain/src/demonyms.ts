/**
 * Demonyms ("Valdorian", "Kestrian", "Norlandic", "Serivan" of Serivo) and the countries they belong to,
 * by the shape of the words rather than a list, so that a country first met in an
 * article still pairs with its adjective: both reduce to one stem ("valdor").
 */

const DEMONYM_ENDINGS = ['ian', 'ean', 'an', 'ic', 'ese', 'ish', 'i', 'n'];
const COUNTRY_ENDINGS = ['ia', 'a', 'land', 'y', 'e', 'o'];
const MIN_STEM = 3;

/**
 * Real countries whose demonym the rules of shape cannot pair or would rebuild wrongly
 * ("Polish" is not "Polland", "Norwegian" keeps no whole "Norway"). Countries, not people.
 */
const IRREGULAR_DEMONYMS: Readonly<Record<string, string>> = {
  Afghan: 'Afghanistan',
  American: 'United States',
  Belgian: 'Belgium',
  British: 'United Kingdom',
  Chinese: 'China',
  Cypriot: 'Cyprus',
  Danish: 'Denmark',
  Dutch: 'Netherlands',
  Emirati: 'United Arab Emirates',
  Filipino: 'Philippines',
  Finnish: 'Finland',
  French: 'France',
  Greek: 'Greece',
  Irish: 'Ireland',
  Japanese: 'Japan',
  Kazakh: 'Kazakhstan',
  Lebanese: 'Lebanon',
  Norwegian: 'Norway',
  Philippine: 'Philippines',
  Polish: 'Poland',
  Portuguese: 'Portugal',
  Saudi: 'Saudi Arabia',
  Scottish: 'Scotland',
  Spanish: 'Spain',
  Swedish: 'Sweden',
  Swiss: 'Switzerland',
  Thai: 'Thailand',
  Turkish: 'Turkey',
  Welsh: 'Wales',
};

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

/** Words that end compound country names and that a demonym may drop: Vessmark → Vessish, Selmark → Selmish. */
const PLACE_WORDS = /(?:mark|march|land|vik|stad|burg|berg|heim|gard|holm|mouth|ford|stan)$/;

/** Whether `demonym` is the adjective of `country`: Valdorian ↔ Valdoria, Norlandic ↔ Norland, and Vessish ↔ Vessmark. */
export function isDemonymOf(demonym: string, country: string): boolean {
  if (IRREGULAR_DEMONYMS[demonym] === country) return true;
  if (!sameOpening(demonym, country)) return false;
  return sharesStem(demonym, country) || dropsPlaceWord(demonym, country);
}

/** Every pairing keeps at least the first letters of the name: a cheap test that spares the rest. */
function sameOpening(demonym: string, country: string): boolean {
  return demonym.slice(0, MIN_STEM).toLowerCase() === country.slice(0, MIN_STEM).toLowerCase();
}

/**
 * Whether `demonym` is the whole name of `country` with an ending (Valdorian from
 * Valdoria, Norlandic from Norland), not a word that drops part of the name (Vessish from
 * Vessmark or from Vessland), and so may stand for the country in a name built from it.
 */
export function isRegularDemonymOf(demonym: string, country: string): boolean {
  if (IRREGULAR_DEMONYMS[demonym] === country) return true;
  const name = country.toLowerCase().replace(/[aeiouy]+$/, '');
  return name.length >= MIN_STEM && demonym.toLowerCase().startsWith(name);
}

function sharesStem(demonym: string, country: string): boolean {
  if (demonym.toLowerCase() === country.toLowerCase()) return true;
  const countryStems = new Set(stems(country, COUNTRY_ENDINGS));
  return stems(demonym, DEMONYM_ENDINGS).some((stem) => stem.length >= MIN_STEM + 1 && countryStems.has(stem));
}

function dropsPlaceWord(demonym: string, country: string): boolean {
  const key = country.toLowerCase();
  const place = PLACE_WORDS.exec(key);
  if (!place) return false;
  return stems(demonym, DEMONYM_ENDINGS)
    .slice(1)
    .some((stem) => stem.length >= Math.max(MIN_STEM, place.index) && key.startsWith(stem));
}

/** The country of a demonym the rules of shape cannot read ("Philippine", "Dutch"), or null. */
export function irregularDemonymCountry(word: string): string | null {
  return IRREGULAR_DEMONYMS[word] ?? null;
}

/**
 * The country a demonym names: one of `knownCountries` when one pairs with it, else the
 * likeliest spelling by its ending (Kestrian → Kestria, Eskaran → Eskara, Norlandic →
 * Norland), or the real country an irregular demonym names ("Polish" → Poland). Returns
 * null for a word that has no demonym ending.
 */
export function countryForDemonym(demonym: string, knownCountries: Iterable<string> = []): string | null {
  const irregular = IRREGULAR_DEMONYMS[demonym];
  if (irregular) return irregular;
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
