import { BINARY_TEXT_PROBLEM, isIsoDate, looksBinary, type ArticleInput } from '@parley/domain';

export type { ArticleInput };

/** Input that cannot be extracted from, naming the field at fault. */
export class ExtractionInputError extends Error {
  override readonly name = 'ExtractionInputError';

  constructor(
    readonly field: keyof ArticleInput,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

/** Checks the input and returns the publication date it gives, if any. */
export function checkInput(input: unknown): ArticleInput {
  if (typeof input !== 'object' || input === null) throw new ExtractionInputError('text', 'the input must be an object with a text');
  const candidate = input as Record<string, unknown>;
  if (typeof candidate['text'] !== 'string') throw new ExtractionInputError('text', `must be a string, not ${describe(candidate['text'])}`);
  const text = candidate['text'];
  if (looksBinary(text)) throw new ExtractionInputError('text', BINARY_TEXT_PROBLEM);
  const publishedAt = candidate['publishedAt'];
  if (publishedAt !== undefined && publishedAt !== null && !isIsoDate(publishedAt)) {
    throw new ExtractionInputError('publishedAt', `${JSON.stringify(publishedAt)} is not a calendar date in the form YYYY-MM-DD`);
  }
  for (const field of ['url', 'title', 'publisher'] as const) {
    const value = candidate[field];
    if (value !== undefined && value !== null && typeof value !== 'string') {
      throw new ExtractionInputError(field, `must be a string or null, not ${describe(value)}`);
    }
  }
  return candidate as unknown as ArticleInput;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
