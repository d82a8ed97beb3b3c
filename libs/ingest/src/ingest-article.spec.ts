import { readFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '@parley/db';
import { graphSize, openTempDatabase, type TempDatabase } from '@parley/db/testing';
import { ingestArticle, previewArticle } from './ingest-article';
import { RUIZ_VENN_FOLLOW_UP } from './testing';

const DEV = path.resolve(__dirname, '../../../data/corpus/dev');

let database: TempDatabase;

beforeAll(async () => {
  database = await openTempDatabase({ seed: false });
});

afterAll(async () => {
  await database.close();
});

const size = () => graphSize(database.db);

describe('ingesting articles', () => {
  it('merges two reports of the same call into one call with both sources', async () => {
    const first = await ingestArticle(database.db, { text: readFileSync(path.join(DEV, 'dev-01.txt'), 'utf8') });
    expect(first.created).toBe(true);
    const second = await ingestArticle(database.db, RUIZ_VENN_FOLLOW_UP);

    const calls = await database.db.event.findMany({
      where: { kind: 'CALL', date: '2025-06-10' },
      select: { participants: { select: { name: true }, orderBy: { name: 'asc' } }, articles: { select: { id: true } } },
    });
    expect(calls).toEqual([{ participants: [{ name: 'Ana Ruiz' }, { name: 'Tomas Venn' }], articles: [{ id: first.write.article.id }, { id: second.write.article.id }] }]);
    expect(second.write.events.filter((event) => event.kind === 'call')).toEqual([expect.objectContaining({ created: false })]);
    expect(second.write.people.filter((person) => !person.created).map((person) => person.name)).toEqual(expect.arrayContaining(['Ana Ruiz', 'Tomas Venn']));
    expect(await database.db.person.count({ where: { name: 'Ana Ruiz' } })).toBe(1);
  });
});

describe('bad input', () => {
  const published = '2025-06-12';

  it('refuses empty text, an invalid date and binary data, writing nothing', async () => {
    const before = await size();
    const cases: Array<[Parameters<typeof ingestArticle>[1], InputError]> = [
      [{ text: '', publishedAt: published }, new InputError('text', 'is empty')],
      [{ text: 'Ruiz said “yes”.', publishedAt: '2025-13-40' }, new InputError('publishedAt', '"2025-13-40" is not a date (YYYY-MM-DD) or an ISO 8601 date-time')],
      [{ text: '\u0000\u0001\u0002\u0003PNG\u0000\u0000\u001a\u0007'.repeat(50), publishedAt: published }, new InputError('text', 'is not article text: it holds binary data (control characters or invalid UTF-8)')],
    ];
    for (const [input, error] of cases) await expect(ingestArticle(database.db, input)).rejects.toThrow(error);
    expect(await size()).toEqual(before);
  });

  it('stores an article without quotes with no statements, and keeps spans true when a quotation mark is left open', async () => {
    const noQuotes = await ingestArticle(database.db, { text: 'Officials met in Halvik on Monday to discuss fishing quotas. No agreement was reached.', publishedAt: published });
    expect(noQuotes.created).toBe(true);
    expect(noQuotes.extraction.statements).toEqual([]);

    const unbalanced = previewArticle({ text: 'Ruiz said the talks were “going well and would continue.\n\nVenn did not comment.', publishedAt: published });
    for (const statement of unbalanced.extraction.statements) {
      expect(unbalanced.article.text.slice(statement.span?.start, statement.span?.end)).toBe(statement.text);
    }
  });

  it('reads a 5 MB article without failing', () => {
    const paragraph = 'Trade Minister Jonas Hallberg said the list was “ready and lawful,” and that talks would resume on Monday.\n\n';
    const text = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const { extraction } = previewArticle({ text, publishedAt: published });
    expect(text.length).toBeGreaterThan(5_000_000);
    expect(extraction.statements.length).toBeGreaterThan(1000);
  });
});
