import { quoteKey } from '@parley/domain';
import { Random } from './random';
import { makeQuote, makeVocabulary } from './vocabulary';

describe('generated quotes', () => {
  it('carry the key Parley computes from their text, so a generated graph is one ingest could have written', () => {
    const random = new Random(8);
    const vocabulary = makeVocabulary(random);
    for (let n = 0; n < 2000; n += 1) {
      const quote = makeQuote(random, vocabulary);
      expect(quote.key).toBe(quoteKey(quote.text));
    }
  });
});
