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

/** ", director of the Policy Center, said": a comma, perhaps an auxiliary, then a lower-case word that may be the verb. */
const COMMA_THEN_WORD = /,\s+(?:(?:has|had|also|then|later)\s+)*(\p{Ll}+)/gu;
/** Where an appositive cannot reach: a clause mark, a quotation, the end of the sentence. */
const APPOSITIVE_STOP = /[;:“”"·]|[.!?]\s+\p{Lu}/u;
const LONGEST_APPOSITIVE = 200;

/**
 * "Jo Wilson, of Springfield, Va., said", "Leo Okafor, director of the Policy Center and a
 * professor at Brightwater University, said": a speech verb after an appositive set off by
 * commas, which may hold commas of its own.
 */
export function speechVerbAfterAppositive(text: string): boolean {
  if (!/^,\s/u.test(text)) return false;
  const reach = text.slice(0, LONGEST_APPOSITIVE);
  const stop = APPOSITIVE_STOP.exec(reach);
  const appositive = stop ? reach.slice(0, stop.index) : reach;
  for (const match of appositive.matchAll(COMMA_THEN_WORD)) {
    if (match.index > 0 && isSpeechVerb(match[1] ?? '')) return true;
  }
  return false;
}
