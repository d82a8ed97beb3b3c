import { extractArticle } from './extract-article';
import { ExtractionInputError } from './input';
import { generatedArticle } from './__fixtures__/generated-article';

describe('input an extractor must survive', () => {
  it('returns an empty extraction for empty text', () => {
    const extraction = extractArticle({ text: '' });
    expect(extraction).toMatchObject({ people: [], statements: [], calls: [], policyActions: [] });
  });

  it('finds no statements in text without quotation marks', () => {
    const extraction = extractArticle({ text: 'President Lena Marrik of Osterval said on Monday that talks would continue.', publishedAt: '2025-06-12' });
    expect(extraction.statements).toEqual([]);
  });

  it('copes with unbalanced quotation marks', () => {
    const text = 'Prime Minister Ivo Rask of Delmar said “we will see and then left.\n\nRask added: “This one closes,” he said. And a stray ” here.';
    const extraction = extractArticle({ text, publishedAt: '2025-06-12' });
    expect(extraction.statements.map((statement) => statement.text)).toEqual(['This one closes,']);
    for (const statement of extraction.statements) expect(text.slice(statement.span?.start, statement.span?.end)).toBe(statement.text);
  });

  it('rejects binary data with an error naming the text', () => {
    const garbage = String.fromCharCode(...Array.from({ length: 400 }, (_, index) => (index * 37) % 32));
    expect(() => extractArticle({ text: garbage })).toThrow(ExtractionInputError);
    expect(() => extractArticle({ text: garbage })).toThrow(/^text: .*binary/);
  });

  it.each(['2025-02-30', 'yesterday', '28/03/2025'])('rejects the publication date %p, naming the field', (publishedAt) => {
    let error: unknown;
    try {
      extractArticle({ text: 'Some text.', publishedAt });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ExtractionInputError);
    expect(error).toMatchObject({ field: 'publishedAt', message: expect.stringContaining('not a calendar date') });
  });

  it('rejects a text that is not a string without a TypeError', () => {
    expect(() => extractArticle({ text: 42 } as unknown as { text: string })).toThrow(ExtractionInputError);
  });

  it('reads a 5 MB article in linear time', () => {
    const large = generatedArticle(3, 850_000);
    expect(large.length).toBeGreaterThan(4_500_000);
    // CPU time, not the clock: a busy machine slows the clock's reading, not the work.
    const started = process.cpuUsage();
    const extraction = extractArticle({ text: large, publishedAt: '2025-06-12' });
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(30_000);
    expect(extraction.statements.length).toBeGreaterThan(1000);
  }, 60_000);
});
