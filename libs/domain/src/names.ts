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

/** The last word of a personal name, which articles use on second reference ("Carney"). */
export function surname(name: string): string {
  const words = name.trim().split(/\s+/);
  return words[words.length - 1] ?? name;
}

/** "the Prime Minister" → "Prime Minister". */
export function withoutLeadingArticle(text: string): string {
  return text.replace(LEADING_ARTICLE, '');
}
