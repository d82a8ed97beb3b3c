import { readFileSync } from 'fs';
import { resolve } from 'path';
import { extractArticle } from './extract-article';

const seedText = readFileSync(resolve(__dirname, '../../../data/seeds/000_11ca3e6c164b554a.txt'), 'utf8');

describe('the seed article', () => {
  const extraction = extractArticle({ text: seedText });
  const statement = (start: string) => extraction.statements.find((candidate) => candidate.text.startsWith(start));

  it('reads the publication date from the inline date header', () => {
    expect(extraction.article.publishedAt).toBe('2025-03-28');
  });

  it('credits Trump with his remarks to reporters, dated and spanned', () => {
    const remark = statement('Mark called me today at 10 o’clock');
    expect(remark).toMatchObject({ speaker: 'Donald Trump', channel: 'remarks_to_reporters', date: '2025-03-28', kind: 'direct' });
    expect(remark?.span && seedText.slice(remark.span.start, remark.span.end)).toBe(remark?.text);
  });

  it('finds the Trump–Carney call of 2025-03-28 that Carney placed by phone', () => {
    const call = extraction.calls.find((candidate) => candidate.participants.includes('Donald Trump') && candidate.participants.includes('Mark Carney'));
    expect(call).toMatchObject({ date: '2025-03-28', initiator: 'Mark Carney', medium: 'phone', status: 'held' });
  });

  it('gives Poilievre his five campaign statements', () => {
    const poilievre = extraction.statements.filter((candidate) => candidate.speaker === 'Pierre Poilievre');
    expect(poilievre).toHaveLength(5);
    expect(poilievre.every((candidate) => candidate.channel === 'campaign_event' && candidate.date === '2025-03-28')).toBe(true);
  });

  it('credits the post on Truth Social and the line after it to Trump', () => {
    expect(statement('I just finished speaking')).toMatchObject({ speaker: 'Donald Trump', channel: 'social_media_post' });
    expect(statement('Thank you for your attention')).toMatchObject({ speaker: 'Donald Trump', channel: 'social_media_post' });
  });

  it('names the people with their roles', () => {
    const trump = extraction.people.find((person) => person.name === 'Donald Trump');
    expect(trump?.aliases).toContain('Trump');
    expect(trump?.roles[0]).toMatchObject({ title: 'President', of: 'United States' });
    expect(extraction.people.map((person) => person.name)).toEqual(expect.arrayContaining(['Mark Carney', 'Pierre Poilievre', 'Howard Lutnick']));
  });

  it('gives every statement a span that slices back to its words', () => {
    for (const found of extraction.statements) expect(seedText.slice(found.span?.start, found.span?.end)).toBe(found.text);
  });
});
