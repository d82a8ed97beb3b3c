import { countryForDemonym, isDemonymOf, isRegularDemonymOf } from './demonyms';

describe('demonyms', () => {
  it('pairs a real country with a demonym that drops part of its name, and keeps the demonym for names built from it', () => {
    expect(countryForDemonym('Polish')).toBe('Poland');
    expect(isDemonymOf('Norwegian', 'Norway')).toBe(true);
    expect(isRegularDemonymOf('Polish', 'Poland')).toBe(true);
  });

  it('still reads invented countries by the shape of their words', () => {
    expect(countryForDemonym('Kestrian')).toBe('Kestria');
    expect(isDemonymOf('Vessish', 'Vessmark')).toBe(true);
    expect(isRegularDemonymOf('Vessish', 'Vessmark')).toBe(false);
  });
});
