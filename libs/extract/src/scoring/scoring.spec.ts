import type { ExtractedStatement, Extraction } from '@parley/domain';
import { ExtractionFormatError } from '@parley/domain';
import { formatScoreTable, parseGoldFile, scoreArticle, totalScores } from './index';
import { normaliseQuote, wordJaccard } from './normalise';

function statement(text: string, speaker: string | null, extra: Partial<ExtractedStatement> = {}): ExtractedStatement {
  return { speaker, text, kind: 'direct', channel: 'unknown', date: '2025-03-28', ...extra };
}

function extraction(statements: ExtractedStatement[], calls: Extraction['calls'] = []): Extraction {
  return {
    article: { publishedAt: '2025-03-28', title: null, publisher: null, url: null },
    people: [{ name: 'Ada Lorne', aliases: ['Lorne', 'the Prime Minister'], roles: [] }],
    statements,
    calls,
    policyActions: [],
  };
}

describe('quote normalisation', () => {
  it('folds quotes, case and punctuation', () => {
    expect(normaliseQuote('  “We’ll see,” ')).toBe(normaliseQuote("we'll SEE"));
    expect(wordJaccard('a b c d e', 'a b c d')).toBeCloseTo(0.8);
  });
});

describe('scoreArticle', () => {
  const gold = extraction(
    [
      statement('We will not back down.', 'Ada Lorne'),
      statement('the Steamroller', null, { optional: true, date: null }),
      statement('Talks will resume next week,', 'Ada Lorne', { date: '2025-03-27' }),
    ],
    [{ id: 'call:1', participants: ['Ada Lorne', 'Bo Renner'], initiator: null, date: '2025-03-28', medium: 'phone', status: 'held' }],
  );

  it('matches by normalised text or word overlap, ignores optional gold, and checks speakers by alias', () => {
    const predicted = extraction(
      [
        statement('we will not back down', 'Lorne'),
        statement('the Steamroller', null),
        statement('Talks will resume next week', 'Bo Renner', { date: '2025-03-28' }),
        statement('an invented quote', 'Ada Lorne'),
      ],
      [{ id: 'call:1', participants: ['Bo Renner', 'Lorne'], initiator: null, date: '2025-03-28', medium: null, status: 'held' }],
    );
    const score = scoreArticle(predicted, gold, 'example');
    expect(score.quotePrecision).toEqual({ hits: 2, total: 3 });
    expect(score.quoteRecall).toEqual({ hits: 2, total: 2 });
    expect(score.speakerAccuracy).toEqual({ hits: 1, total: 2 });
    expect(score.callPrecision).toEqual({ hits: 1, total: 1 });
    expect(score.dateAccuracy).toEqual({ hits: 2, total: 3 });
    expect(score.findings.map((finding) => finding.kind).sort()).toEqual(['extra_quote', 'wrong_date', 'wrong_speaker']);
  });

  it('lets each gold statement match one prediction only', () => {
    const predicted = extraction([statement('We will not back down.', 'Ada Lorne'), statement('We will not back down.', 'Ada Lorne')]);
    expect(scoreArticle(predicted, gold).quotePrecision).toEqual({ hits: 1, total: 2 });
  });

  it('totals counts over articles and prints a table', () => {
    const rows = [scoreArticle(gold, gold, 'same'), scoreArticle(extraction([]), gold, 'empty')];
    const totals = totalScores(rows);
    expect(totals.quoteRecall).toBeCloseTo(0.5);
    expect(totals.quotePrecision).toBe(1);
    const table = formatScoreTable(rows, totals);
    expect(table.split('\n')).toHaveLength(6);
    expect(table).toMatch(/^TOTAL\s+1\.000\s+0\.500/m);
  });
});

describe('parseGoldFile', () => {
  it('names the faulty value', () => {
    expect(() => parseGoldFile('{ "article": {}, "people": [], "statements": [{ "text": "x", "kind": "direct", "channel": "tv" }] }')).toThrow(ExtractionFormatError);
    expect(() => parseGoldFile('not json')).toThrow(/not valid JSON/);
  });
});
