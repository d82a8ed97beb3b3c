import type { Mention } from '../people/mentions';
import { PREPOSITIONS } from '../people/lexicon';
import type { Range } from '../text/ranges';
import { isParticiple } from './speech-verbs';
import { speechVerbsIn } from './verb-index';

const AUXILIARIES = /(?:\s+(?:has|had|have|also|then|later|again|only|once|previously|earlier|repeatedly|separately|would|will|was|were|is|quickly|publicly|privately|simply|flatly))*\s*$/;

/** Whether a mention follows a preposition ("In the readout", "with Carney"), so is no subject. */
export function isPrepositionalObject(narrative: string, mention: Mention): boolean {
  const before = /([\p{L}]+)\s+$/u.exec(narrative.slice(Math.max(0, mention.start - 20), mention.start))?.[1] ?? '';
  return PREPOSITIONS.has(before.toLowerCase());
}

/**
 * The subject of the verb at `verbStart`: for a participle ("…, saying"), the main
 * subject of the sentence; for a finite verb, the mention just before it, skipping a
 * parenthesis set off by commas ("Mira Castell, a trade analyst at …, said").
 */
export function subjectOfVerb(narrative: string, sentence: Range, mentions: readonly Mention[], verbStart: number, verb: string): Mention | null {
  const before = mentions.filter((mention) => mention.start >= sentence.start && mention.end <= verbStart && !mention.possessive);
  if (before.length === 0) return null;
  if (isParticiple(verb)) return before.find((mention) => !isPrepositionalObject(narrative, mention) && mention.kind !== 'pronoun') ?? before.find((mention) => !isPrepositionalObject(narrative, mention)) ?? before[0] ?? null;
  const lead = narrative.slice(sentence.start, verbStart).replace(AUXILIARIES, '');
  if (lead.endsWith(',')) {
    const relative = relativeClauses(lead, sentence.start);
    for (let index = before.length - 1; index >= 0; index -= 1) {
      const mention = before[index] as Mention;
      if (relative.some(([from, to]) => mention.start >= from && mention.start < to) || mention.object || isPrepositionalObject(narrative, mention)) continue;
      if (/^\s*,/.test(narrative.slice(mention.end, mention.end + 3)) || /^\s+of\s+(?:the\s+)?[\p{Lu}][^,]*,/u.test(narrative.slice(mention.end, verbStart))) {
        if (mention.kind !== 'relative') return mention;
      }
    }
    return before[0] ?? null;
  }
  const nearest = [...before].reverse().find((mention) => !mention.object) ?? (before[before.length - 1] as Mention);
  const gap = lead.slice(nearest.end - sentence.start);
  const clause = isAppositive(narrative, nearest) ? gap.replace(/^\s*,/, '') : gap;
  if (!clause.includes(',') && clause.trim().split(/\s+/).filter(Boolean).length <= 6) return nearest;
  return coordinatedSubject(narrative, sentence, mentions, verbStart);
}

/** "Velmora’s president, Ana Ruiz, had …": a name set off by commas after its description. */
function isAppositive(narrative: string, mention: Mention): boolean {
  return /,\s*$/.test(narrative.slice(Math.max(0, mention.start - 3), mention.start)) && /^\s*,/.test(narrative.slice(mention.end, mention.end + 2));
}

/** ", which is led by Nora Vik,": no one named inside is the subject of the verb after it. */
function relativeClauses(lead: string, offset: number): Array<[number, number]> {
  return [...lead.matchAll(/,\s+(?:which|who|whose|whom)\b[^,]*,/g)].map((match) => [offset + match.index + 1, offset + match.index + match[0].length]);
}

/** "He said … and accused Eskara of …": a verb after "and" shares the subject of the speech verb before it. */
function coordinatedSubject(narrative: string, sentence: Range, mentions: readonly Mention[], verbStart: number): Mention | null {
  if (!/\band\s+$/.test(narrative.slice(Math.max(sentence.start, verbStart - 8), verbStart))) return null;
  const earlier = speechVerbsIn(narrative, sentence.start, verbStart - 4);
  const previous = earlier[earlier.length - 1];
  return previous ? subjectOfVerb(narrative, sentence, mentions, previous.start, previous.word) : null;
}
