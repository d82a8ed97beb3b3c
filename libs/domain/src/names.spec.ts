import { surname, wordBeforeParticles } from './names';

describe('surnames', () => {
  it.each([
    ['Mark Carney', 'Carney'],
    ['Ilse van der Berg', 'van der Berg'],
    ['Henri de Valmont', 'de Valmont'],
    ['Anselmo Tavares Ruiva da Costa', 'da Costa'],
    ['Aline Le Marchand', 'Le Marchand'],
    ['Van Ostrand', 'Ostrand'],
    ['Teodoro Valcarce Jr.', 'Valcarce'],
    ['Amadeo Brisco III', 'Brisco'],
  ])('of %s is %s', (name, expected) => {
    expect(surname(name)).toBe(expected);
  });

  it('gives the word before a surname with particles, which articles also use alone', () => {
    expect(wordBeforeParticles('Anselmo Tavares Ruiva da Costa')).toBe('Ruiva');
    expect(wordBeforeParticles('Ilse van der Berg')).toBeNull();
    expect(wordBeforeParticles('Mark Carney')).toBeNull();
  });
});
