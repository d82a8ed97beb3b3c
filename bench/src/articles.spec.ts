import { previewArticle } from '@parley/ingest';
import { generatedArticle } from './articles';

describe('generated articles for the ingest benchmark', () => {
  it('each name two people no other article names, their call, and a quote of each', () => {
    const seen = new Set<string>();
    for (const n of [0, 1, 2, 5_831, 5_832, 1_000_000, 2_000_000]) {
      const { extraction } = previewArticle(generatedArticle(n));
      const names = extraction.people.map((person) => person.name);
      expect(names).toHaveLength(2);
      for (const name of names) {
        expect(seen.has(name)).toBe(false);
        seen.add(name);
      }
      expect(extraction.calls.map((call) => [...call.participants].sort())).toEqual([[...names].sort()]);
      expect(extraction.statements.map((statement) => statement.speaker)).toEqual(names);
    }
  });

  it('are the same for the same number, so runs ingest the same stream', () => {
    expect(generatedArticle(42)).toEqual(generatedArticle(42));
    expect(generatedArticle(42).text).not.toBe(generatedArticle(43).text);
  });
});
