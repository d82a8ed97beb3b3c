import { searchWords } from './search-terms';

describe('searchWords', () => {
  it.each([
    ['retaliatory tariffs', ['retaliatory', 'tariffs']],
    ['"Retaliatory" AND tariffs*', ['retaliatory', 'tariffs']],
    ['NEAR(tariffs, 2) -steel ^aluminium text:levy', ['near', 'tariffs', '2', 'steel', 'aluminium', 'text', 'levy']],
    ["Canada's G7 trade-war", ['canada', 'g7', 'trade', 'war']],
    ['tariff TARIFF Tariff', ['tariff']],
    ['Zelensky Зеленський', ['zelensky', 'зеленський']],
  ])('reads %j as the words %j', (text, words) => {
    expect(searchWords(text)).toEqual({ words });
  });

  it.each([
    ['', 'holds no letters or digits to search for'],
    ['"" () * - : 🦅', 'holds no letters or digits to search for'],
    ['the AND of OR not', 'holds only common words that are not indexed (the, and, of, or, not): add a more specific one'],
    ['tariff \uD83D', 'holds a lone surrogate (half of a UTF-16 pair): send whole characters'],
    ['a'.repeat(201), 'is 201 characters long; at most 200 are searched'],
    [Array.from({ length: 17 }, (_, index) => `w${index}`).join(' '), 'holds 17 distinct words; at most 16 are searched together'],
  ])('refuses %j: %s', (text, problem) => {
    expect(searchWords(text)).toEqual({ problem });
  });
});
