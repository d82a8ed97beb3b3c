import { inflect, type IrregularForms, type VerbForms } from './inflect';

/** How a verb of speech behaves in attribution. */
export interface SpeechVerbEntry {
  root: string;
  /** Its quotation names something rather than saying it: chants, nicknames. */
  naming?: boolean;
  /** Its bare form follows "to" in wire copy ("telephoned her to warn that …"). */
  infinitive?: boolean;
  /** Its third-person form is far more often a noun ("states", "posts"): not read as a verb. */
  nounThird?: boolean;
  irregular?: IrregularForms;
}

const DOUBLED = (root: string, last: string): IrregularForms => ({ past: [`${root}${last}ed`], participle: `${root}${last}ing` });

/**
 * The verbs that report speech or writing, by root; every inflection is generated. Adding a
 * reporting verb is one line here.
 */
export const SPEECH_VERB_LEXICON: readonly SpeechVerbEntry[] = [
  { root: 'say', infinitive: true, irregular: { past: ['said'], third: 'says' } },
  { root: 'tell', infinitive: true, irregular: { past: ['told'] } },
  { root: 'write', irregular: { past: ['wrote'] } },
  { root: 'add' }, { root: 'post', nounThird: true }, { root: 'tweet' }, { root: 'accuse' }, { root: 'call' }, { root: 'describe' },
  { root: 'warn', infinitive: true }, { root: 'urge', infinitive: true }, { root: 'insist', infinitive: true }, { root: 'argue', infinitive: true },
  { root: 'note' }, { root: 'stress', infinitive: true }, { root: 'declare', infinitive: true }, { root: 'announce' }, { root: 'complain', infinitive: true },
  { root: 'promise' }, { root: 'pledge' }, { root: 'vow' }, { root: 'recall' }, { root: 'reply' }, { root: 'respond' }, { root: 'answer' },
  { root: 'ask' }, { root: 'charge', nounThird: true }, { root: 'claim', nounThird: true }, { root: 'acknowledge' }, { root: 'admit', irregular: DOUBLED('admit', 't') },
  { root: 'concede' }, { root: 'predict' }, { root: 'suggest' }, { root: 'explain' }, { root: 'praise' }, { root: 'criticise' }, { root: 'criticize' },
  { root: 'dismiss' }, { root: 'brand', naming: true, nounThird: true }, { root: 'label', naming: true, nounThird: true, irregular: { past: ['labelled', 'labeled'], participle: 'labelling' } },
  { root: 'term', naming: true, nounThird: true }, { root: 'quip', irregular: DOUBLED('quip', 'p') }, { root: 'joke' }, { root: 'remark' }, { root: 'observe' },
  { root: 'counter', nounThird: true }, { root: 'maintain' }, { root: 'confirm' }, { root: 'deny' }, { root: 'defend' }, { root: 'welcome' }, { root: 'blame' },
  { root: 'thank' }, { root: 'propose' }, { root: 'demand', nounThird: true }, { root: 'plead' }, { root: 'reiterate' }, { root: 'emphasise' }, { root: 'emphasize' },
  { root: 'caution' }, { root: 'threaten' }, { root: 'refer', naming: true, irregular: DOUBLED('refer', 'r') }, { root: 'chant', naming: true }, { root: 'shout', naming: true },
  { root: 'continue' }, { root: 'state', nounThird: true }, { root: 'assure' }, { root: 'reassure' },
  { root: 'dub', naming: true, irregular: DOUBLED('dub', 'b') }, { root: 'nickname', naming: true },
  { root: 'conclude' }, { root: 'echo', irregular: { third: 'echoes' } }, { root: 'boast' }, { root: 'lament' }, { root: 'retort' }, { root: 'fume' },
  { root: 'advise' }, { root: 'muse' }, { root: 'scoff' }, { root: 'exclaim' }, { root: 'recount' }, { root: 'testify' }, { root: 'tout' },
  { root: 'contend' }, { root: 'assert' }, { root: 'allege' }, { root: 'affirm' }, { root: 'wonder' }, { root: 'grumble' }, { root: 'decry' },
  { root: 'mock' }, { root: 'hail' }, { root: 'confess' }, { root: 'whisper' }, { root: 'mutter' }, { root: 'reveal' }, { root: 'implore' },
  { root: 'gush' }, { root: 'marvel', irregular: { past: ['marvelled', 'marveled'], participle: 'marveling' } }, { root: 'interject' },
  { root: 'proclaim' }, { root: 'elaborate' }, { root: 'vent' }, { root: 'snap', irregular: DOUBLED('snap', 'p') }, { root: 'text' }, { root: 'email' },
  { root: 'report' }, { root: 'read', irregular: { past: ['read'] } }, { root: 'opine' }, { root: 'surmise' }, { root: 'riff', irregular: { past: ['riffed'] } }, { root: 'react' },
  { root: 'remember' }, { root: 'blast', nounThird: true }, { root: 'slam', irregular: DOUBLED('slam', 'm') }, { root: 'cite' }, { root: 'denounce' }, { root: 'recommend' },
  { root: 'mention' }, { root: 'repeat' }, { root: 'tease' }, { root: 'chide' }, { root: 'lambaste' }, { root: 'scold' }, { root: 'rebuke' }, { root: 'applaud' },
  { root: 'speculate' }, { root: 'brag', irregular: DOUBLED('brag', 'g') }, { root: 'rail' }, { root: 'sigh' }, { root: 'concur', irregular: DOUBLED('concur', 'r') },
  { root: 'crack' }, { root: 'beam' }, { root: 'express' }, { root: 'confide' }, { root: 'jeer' }, { root: 'sneer' }, { root: 'recite' }, { root: 'pronounce' }, { root: 'hint' },
  { root: 'beg', irregular: DOUBLED('beg', 'g') }, { root: 'inquire' }, { root: 'invoke' }, { root: 'boom' }, { root: 'thunder' }, { root: 'roar' }, { root: 'groan' },
  { root: 'moan' }, { root: 'gripe' }, { root: 'swear', irregular: { past: ['swore'] } }, { root: 'reminisce' }, { root: 'disagree' },
  { root: 'object', nounThird: true }, { root: 'protest', nounThird: true }, { root: 'dispute', nounThird: true }, { root: 'rebut', irregular: DOUBLED('rebut', 't') },
  { root: 'refute' }, { root: 'reject' }, { root: 'question', nounThird: true }, { root: 'challenge', nounThird: true },
  { root: 'bark' }, { root: 'press' }, { root: 'blare' }, { root: 'yell' }, { root: 'scream' }, { root: 'cry', irregular: { past: ['cried'] } }, { root: 'shoot', irregular: { past: ['shot'] } },
];

export interface SpeechVerbForm {
  entry: SpeechVerbEntry;
  forms: VerbForms;
}

/** Every written form of every speech verb, with the entry it comes from. */
export function speechVerbForms(): Map<string, { entry: SpeechVerbEntry; participle: boolean }> {
  const byWord = new Map<string, { entry: SpeechVerbEntry; participle: boolean }>();
  for (const entry of SPEECH_VERB_LEXICON) {
    const forms = inflect(entry.root, entry.irregular);
    const finite = [...forms.past, ...(entry.nounThird ? [] : [forms.third]), ...(entry.infinitive ? [forms.root] : [])];
    for (const word of finite) byWord.set(word, { entry, participle: false });
    byWord.set(forms.participle, { entry, participle: true });
  }
  return byWord;
}
