import { isSpeechVerb } from '../attribution/speech-verbs';
import type { Range } from '../text/ranges';
import { FUNCTION_WORDS, LEADER_TITLES } from './lexicon';

/** "Brastova will impose …", "In return, Sardova has dropped …": a one-word subject, then a verb. */
const SUBJECT_THEN_VERB = /^(?:[^,]{0,30},\s+)?(\p{Lu}[\p{L}-]+)\s+(?:has|have|had|will|would|is|was|are|were|plans|intends|must|can|could|should|may|might)\b/u;
/** "Officials", "Farmers": a plural subject is not a country. */
const PLURAL = /(?<![su])s$/;
const ATTRIBUTION_AFTER = /^\s+(?:(?:has|had|also|then|later)\s+)*(\p{Ll}+)/u;

/**
 * The country a leader speaks for when the wire lede says so only by its shape:
 * "Brastova will impose a 25% tariff …, President Ana Vos said on Tuesday": the leader
 * announcing what a country does is that country's leader. Null when the sentence has
 * another shape, or the title is not a leader's.
 */
export function ledeCountry(text: string, sentence: Range, title: string, phraseStart: number, nameEnd: number): string | null {
  if (!LEADER_TITLES.includes(title.toLowerCase()) || !/,\s*$/.test(text.slice(sentence.start, phraseStart))) return null;
  const verb = ATTRIBUTION_AFTER.exec(text.slice(nameEnd, sentence.end))?.[1] ?? '';
  if (!isSpeechVerb(verb)) return null;
  const subject = SUBJECT_THEN_VERB.exec(text.slice(sentence.start, phraseStart))?.[1] ?? null;
  return subject && !FUNCTION_WORDS.has(subject.toLowerCase()) && !PLURAL.test(subject) ? subject : null;
}
