import type { Database } from '../client';

/** Characters SQL LIKE (what Prisma's `contains` compiles to) reads as wildcards or escapes. */
const LIKE_SYNTAX = /[%_\\]/;

/**
 * Prisma's `contains` is a LIKE pattern without escaping, so "%" would match every
 * statement. For words holding LIKE syntax, the ids of the statements whose text contains
 * them literally (any case); null when `contains` can be used as it is.
 */
export async function statementIdsContainingLiterally(db: Database, words: string): Promise<number[] | null> {
  if (!LIKE_SYNTAX.test(words)) return null;
  const [longestPlain = ''] = words.split(/[%_\\]+/).sort((a, b) => b.length - a.length);
  const candidates = await db.statement.findMany({ where: longestPlain ? { text: { contains: longestPlain } } : {}, select: { id: true, text: true } });
  const folded = words.toLowerCase();
  return candidates.filter((candidate) => candidate.text.toLowerCase().includes(folded)).map((candidate) => candidate.id);
}
