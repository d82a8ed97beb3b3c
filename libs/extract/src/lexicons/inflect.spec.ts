import { SPEECH_VERBS, isParticiple } from '../attribution/speech-verbs';
import { inflect } from './inflect';
import { SPEECH_VERB_LEXICON } from './speech-verbs';

describe('speech verbs by root', () => {
  it.each([
    ['boast', ['boasted'], 'boasts', 'boasting'],
    ['argue', ['argued'], 'argues', 'arguing'],
    ['reply', ['replied'], 'replies', 'replying'],
    ['stress', ['stressed'], 'stresses', 'stressing'],
    ['agree', ['agreed'], 'agrees', 'agreeing'],
    ['describe', ['described'], 'describes', 'describing'],
  ])('inflects %s by rule', (root, past, third, participle) => {
    expect(inflect(root)).toEqual({ root, past, third, participle });
  });

  it('keeps the irregular forms it is given', () => {
    expect(SPEECH_VERBS.has('said') && SPEECH_VERBS.has('told') && SPEECH_VERBS.has('wrote') && SPEECH_VERBS.has('labelled') && SPEECH_VERBS.has('labeled')).toBe(true);
    expect(isParticiple('saying')).toBe(true);
    expect(isParticiple('said')).toBe(false);
  });

  it('lists each root once', () => {
    const roots = SPEECH_VERB_LEXICON.map((entry) => entry.root);
    expect(new Set(roots).size).toBe(roots.length);
  });

  it('leaves out third-person forms that are mostly nouns', () => {
    expect(SPEECH_VERBS.has('states')).toBe(false);
    expect(SPEECH_VERBS.has('stated')).toBe(true);
  });
});
