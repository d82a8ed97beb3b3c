/**
 * Names as articles write them and as Parley looks them up. A name key folds case,
 * accents, typographic apostrophes and spacing, so "Poilievre", "POILIEVRE" and
 * "Poilièvre" meet; a slug is the key spelled for URLs.
 */

const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u00ab\u00bb]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Typographic quotation marks folded to their ASCII forms. */
export function foldQuotes(text: string): string {
  return text.replace(APOSTROPHES, "'").replace(DOUBLE_QUOTES, '"');
}

/** The lookup key of a name: "U.S. President Donald Trump" → "u.s. president donald trump". */
export function nameKey(name: string): string {
  return foldQuotes(name)
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Mark Carney" → "mark-carney"; "Farmers’ League" → "farmers-league". */
export function slugify(name: string): string {
  const slug = nameKey(name)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'unnamed';
}

const LEADING_ARTICLE = /^(the|a|an)\s+/i;

/**
 * An alias that describes rather than names ("the president", "the Prime Minister",
 * "her office"): it holds none of the words of the person's name, so it identifies
 * the person only inside one article.
 */
export function isDescriptiveAlias(alias: string, canonicalName: string): boolean {
  const nameWords = new Set(nameKey(canonicalName).split(' ').filter((word) => word.length > 1));
  const aliasWords = nameKey(alias).replace(/[^a-z0-9' -]/g, ' ').split(/\s+/);
  return !aliasWords.some((word) => nameWords.has(word));
}

/**
 * Lower-case words that belong to the surname they stand before: "Ursula von der Leyen",
 * "Charles de Gaulle", "Lula da Silva", "Mohammed bin Salman".
 */
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'dei', 'da', 'das', 'do', 'dos', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'ter', 'ten', 'zu', 'vom', 'al', 'el']);

/** "von", "Van", "al-": a particle of a surname, in either case, or a prefix joined by a hyphen. */
export function isNameParticle(word: string): boolean {
  return NAME_PARTICLES.has(word.toLowerCase().replace(/-$/, ''));
}

/** "Jr.", "Sr.", "III": a suffix that ends a name but is not its surname. */
const GENERATIONAL_SUFFIX = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/;

/** Whether a word is a generational suffix ("Jr.", "III") written after a surname. */
export function isGenerationalSuffix(word: string): boolean {
  return GENERATIONAL_SUFFIX.test(word);
}

/**
 * The surname of a personal name, which articles use on second reference: its last word
 * ("Carney") with the particles before it ("von der Leyen", "de Gaulle"), without a
 * generational suffix ("Marcos" of "Ferdinand Marcos Jr.").
 */
export function surname(name: string): string {
  const written = name.trim().split(/\s+/);
  const words = written.length > 2 && isGenerationalSuffix(written[written.length - 1] ?? '') ? written.slice(0, -1) : written;
  let start = words.length - 1;
  while (start > 1 && isNameParticle(words[start - 1] ?? '')) start -= 1;
  return start < 0 ? name : words.slice(start).join(' ');
}

/**
 * "Lula" of "Luiz Inácio Lula da Silva": in a name of three words or more whose surname
 * has particles, the word before them, which articles also use alone; null otherwise.
 */
export function wordBeforeParticles(name: string): string | null {
  const words = name.trim().split(/\s+/);
  const surnameWords = surname(name).split(/\s+/).length;
  const before = words.length - surnameWords - 1;
  return surnameWords > 1 && before >= 1 ? (words[before] ?? null) : null;
}

/** "United Kingdom", "Netherlands": country names that take "the" after a preposition. */
const COUNTRY_WITH_ARTICLE = /^(?:\S+\s+)+(?:Kingdom|States|Republic|Emirates|Islands|Union)$|^\p{Lu}\p{L}+(?:lands|ines)$/u;

/** "of Canada", "of the United Kingdom": a country as it follows "of" in an institution's name. */
export function ofCountry(country: string): string {
  return COUNTRY_WITH_ARTICLE.test(country) ? `of the ${country}` : `of ${country}`;
}

/** "the Prime Minister" → "Prime Minister". */
export function withoutLeadingArticle(text: string): string {
  return text.replace(LEADING_ARTICLE, '');
}
