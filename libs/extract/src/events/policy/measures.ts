import type { Range } from '../../text/ranges';

/** A tariff, duty or levy named in a sentence, with what its own words say about it. */
export interface Measure extends Range {
  /** "a 25% tariff", "duties of up to 40%"; null when no rate is given. */
  rate: number | null;
  /** "a levy of the same rate": the rate of the other measure in the sentence. */
  sameRate: boolean;
  /** A country word right before the noun: "a Sardovan levy", "Brastova’s new tariffs". */
  ownerWord: string | null;
  /** "its own duties", "their tariff": the owner is the sentence's subject. */
  ownedBySubject: boolean;
  /** "the tariff", "those countermeasures": a measure already reported. */
  definite: boolean;
  target: string | null;
}

const NOUN = /\b(?:tariffs?|dut(?:y|ies)|levy|levies|countermeasures|counter-tariffs?)\b/gi;
const RATE_BEFORE = /(?:(?:up to|as much as)\s+)?(\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)\s+(?:[\p{L}-]+\s+){0,2}$/u;
const RATE_AFTER = /^(?:\s+on\s+[^,;.]{0,60}?)?\s+(?:of|to|at)\s+(?:up to\s+|as much as\s+)?(\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)/u;
/** "the 15% duty that Brastova imposed on …", "the levy Sardova placed on …". */
const IMPOSED_BY = /^\s+(?:that\s+|which\s+)?(\p{Lu}[\p{L}-]+)\s+(?:had\s+|has\s+)?(?:imposed|placed|introduced|announced|levied|put)\b/u;
const SAME_RATE = /^\s+of\s+the\s+same\s+rate\b/;
const DETERMINER = /\b(a|an|the|this|that|these|those|its|their|his|her|our|any)\s+((?:(?!(?:with|would|will|to|of|on|in|at|for|and|or|that|was|were|is|are|has|have|had|be|by|from|as)\s)[\p{L}’'%.-]+\s+){0,5}?)$/iu;
const OWNER = /(?:^|\s)(\p{Lu}[\p{L}-]+?)(?:['’]s)?\s+(?:(?:own|new|planned|proposed|existing|higher|initial|retaliatory|steel|metals|wine)\s+)*$/u;
const TARGET_START = /^(?:\s+of\s+(?:up to\s+|as much as\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))?\s+on\s+/u;
const TARGET_STOP =
  /\s+(?:from|starting|effective|as of|by|until|to)\s+(?:the\s+(?:first|\d)|\d|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\s+by\s+(?:a|an|one|two|three|four|six|\d+)\s+(?:days?|weeks?|months?|years?)|\s+(?:unless|if|that|which|who|when|after|before|because|while|in force|to take effect|takes? effect|took effect|to as much|to up to|has|have|had|was|were|is|are|will|would|remains?|announced|imposed|introduced)\b|[;.:“”‘’"·]|,\s+(?:which|who|the|a|an|according|saying|after|as|hitting|escalating|widening|deepening|goods|worth|but|while)\b/u;

/** Every measure the sentence names, in order. */
export function findMeasures(narrative: string, sentence: Range): Measure[] {
  const text = narrative.slice(sentence.start, sentence.end);
  const measures: Measure[] = [];
  for (const match of text.matchAll(NOUN)) {
    const nounAt = match.index;
    const before = text.slice(Math.max(0, nounAt - 70), nounAt);
    const after = text.slice(nounAt + match[0].length);
    const rateBefore = RATE_BEFORE.exec(before);
    const rateAfter = RATE_AFTER.exec(after);
    const rateText = rateBefore?.[1] ?? rateAfter?.[1];
    const modifiers = rateBefore ? before.slice(0, rateBefore.index) : before;
    const betweenRateAndNoun = rateBefore ? (/(?:%|cent)\s+(.*)$/u.exec(rateBefore[0])?.[1] ?? '') : '';
    const determiner = DETERMINER.exec(modifiers) ?? DETERMINER.exec(before);
    const words = determiner?.[2] ?? '';
    const article = (determiner?.[1] ?? '').toLowerCase();
    measures.push({
      start: sentence.start + nounAt - (determiner ? before.length - determiner.index : 0),
      end: sentence.start + nounAt + match[0].length,
      rate: rateText ? Number(rateText) : null,
      sameRate: SAME_RATE.test(after),
      ownerWord: OWNER.exec(` ${words}`)?.[1] ?? OWNER.exec(` ${betweenRateAndNoun}`)?.[1] ?? possessiveOwner(modifiers) ?? IMPOSED_BY.exec(after)?.[1] ?? null,
      ownedBySubject: ['its', 'their', 'his', 'her', 'our'].includes(article),
      definite: ['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our'].includes(article) && !rateText,
      target: targetAfter(after.replace(IMPOSED_BY, '')),
    });
  }
  return measures;
}

/** "Brastova’s new steel tariffs": the possessive before the determiner-less phrase. */
function possessiveOwner(modifiers: string): string | null {
  return /(\p{Lu}[\p{L}-]+)['’]s\s+(?:[\p{Ll}-]+\s+){0,3}$/u.exec(modifiers)?.[1] ?? null;
}

/**
 * What a measure is on: "on steel from neighbouring Sardova from October 1" → "steel from
 * neighbouring Sardova"; a list runs to its "and" ("tiles, glass and ceramics").
 */
function targetAfter(after: string): string | null {
  const start = TARGET_START.exec(after);
  if (!start) return null;
  const rest = after.slice(start[0].length);
  const stop = TARGET_STOP.exec(rest);
  const phrase = (stop ? rest.slice(0, stop.index) : rest).replace(/[\s,]+$/, '').trim();
  const parts = phrase.split(/,\s+/);
  const listEnd = parts.findIndex((part, index) => index > 0 && /\band\b/.test(part));
  const target = (listEnd === -1 ? parts[0] : parts.slice(0, listEnd + 1).join(', '))?.trim() ?? '';
  return target.length > 0 && target.split(/\s+/).length <= 12 ? target : null;
}
