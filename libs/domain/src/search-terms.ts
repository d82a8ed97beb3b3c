/**
 * The words PostgreSQL's `english` text-search configuration leaves out of every index (its
 * `english.stop`). Searches leave them out on both engines: SQLite's FTS5 indexes every word,
 * so a search for "the tariffs" would otherwise match fewer statements there than on PostgreSQL.
 */
export const SEARCH_STOPWORDS: ReadonlySet<string> = new Set([
  'i', 'me', 'my', 'myself', 'we', 'our', 'ours', 'ourselves', 'you', 'your', 'yours', 'yourself', 'yourselves', 'he', 'him', 'his',
  'himself', 'she', 'her', 'hers', 'herself', 'it', 'its', 'itself', 'they', 'them', 'their', 'theirs', 'themselves', 'what', 'which',
  'who', 'whom', 'this', 'that', 'these', 'those', 'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'having',
  'do', 'does', 'did', 'doing', 'a', 'an', 'the', 'and', 'but', 'if', 'or', 'because', 'as', 'until', 'while', 'of', 'at', 'by', 'for',
  'with', 'about', 'against', 'between', 'into', 'through', 'during', 'before', 'after', 'above', 'below', 'to', 'from', 'up', 'down', 'in',
  'out', 'on', 'off', 'over', 'under', 'again', 'further', 'then', 'once', 'here', 'there', 'when', 'where', 'why', 'how', 'all', 'any',
  'both', 'each', 'few', 'more', 'most', 'other', 'some', 'such', 'no', 'nor', 'not', 'only', 'own', 'same', 'so', 'than', 'too', 'very',
  's', 't', 'can', 'will', 'just', 'don', 'should', 'now',
]);

/** The longest search text accepted, in characters. */
export const MAX_SEARCH_CHARACTERS = 200;
/** The most distinct words one search may hold. */
export const MAX_SEARCH_WORDS = 16;

/** Half of a UTF-16 surrogate pair without its other half: no character at all. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A run of letters, digits and combining marks: what both engines' tokenizers call a word. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The words of a search, lower-cased, distinct and in order, or the reason there are none.
 * Nothing in the text is syntax: quotes, operators (AND, OR, NOT, NEAR), `*`, `-`, `^`,
 * colons and parentheses are separators or plain words, so the result only ever holds runs of
 * letters and digits that any engine can take as literal terms.
 *
 * @example searchWords('"retaliatory" tariffs OR NOT') → { words: ['retaliatory', 'tariffs'] }
 * (`or` and `not` are stopwords; were they not, they would be searched as words)
 */
export function searchWords(text: string): { words: string[] } | { problem: string } {
  if (LONE_SURROGATE.test(text)) return { problem: 'holds a lone surrogate (half of a UTF-16 pair): send whole characters' };
  if (text.length > MAX_SEARCH_CHARACTERS) return { problem: `is ${text.length} characters long; at most ${MAX_SEARCH_CHARACTERS} are searched` };
  const all = [...new Set((text.match(WORD) ?? []).map((word) => word.toLowerCase()))];
  if (all.length === 0) return { problem: 'holds no letters or digits to search for' };
  const words = all.filter((word) => !SEARCH_STOPWORDS.has(word));
  if (words.length === 0) return { problem: `holds only common words that are not indexed (${all.join(', ')}): add a more specific one` };
  if (words.length > MAX_SEARCH_WORDS) return { problem: `holds ${words.length} distinct words; at most ${MAX_SEARCH_WORDS} are searched together` };
  return { words };
}
