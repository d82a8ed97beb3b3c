import { speechVerbForms } from '../lexicons/speech-verbs';

const FORMS = speechVerbForms();

/** Every written form of a speech verb, in lower case: a quotation's speaker is the subject of the nearest before it, or of one just after it. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(FORMS.keys());

export function isSpeechVerb(word: string): boolean {
  return FORMS.has(word) || FORMS.has(word.toLowerCase());
}

export function isParticiple(word: string): boolean {
  return FORMS.get(word.toLowerCase())?.participle ?? false;
}

/** Forms of the verbs whose quotation names something rather than saying it: chants, nicknames. */
export const NAMING_VERBS: ReadonlySet<string> = new Set([...FORMS].filter(([, form]) => form.entry.naming).map(([word]) => word));
