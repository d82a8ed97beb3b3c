import type { ExtractedPerson } from '@parley/domain';

/** Words before a name that are not part of it: "Sen. Maria Lund", "Republican nominee Donald Trump". */
const NOT_A_NAME_WORD = /^(?:the|a|an|mr|mrs|ms|miss|dr|rev|sen|rep|gov|gen|lt|jr|sr|ii|iii|president|senator|governor|representative|secretary|speaker|leader|chairman|chairwoman|democrats|republicans)\.?$/i;
/** Institutions and groups named with capitals: "The New York Post", "the Clinton Foundation". */
const INSTITUTION_WORD = /^(?:post|times|news|journal|press|network|committee|party|campaign|foundation|department|house|office|council|association|institute|center|centre|university|court|commission|agency|administration|group|corporation|inc|company|fund|board|bureau|union|coalition|project|poll|survey|service|cnn|fbi|cia|nbc|abc|cbs|msnbc|ap|gop|dnc|rnc|pac|super)$/i;
const PRONOUN = /^(?:i|he|she|we|they|it|you|his|her|him|them|us)$/i;

function words(text: string): string[] {
  return text.replace(/['’]s\b/g, '').match(/[\p{L}][\p{L}\p{M}.'’-]*/gu) ?? [];
}

/** Where a Source goes on to describe the person it names: an appositive, a dash, "who …", "of Texas", a second name after "and". */
const DESCRIPTION_AFTER_NAME = /\s*[,—–]|\s-\s|\s(?:who|whose|of|from|at|writing|and)\s/;

/** "Martin Indyk, the president's former envoy to the Middle East" → "Martin Indyk". */
function nameBeforeDescription(source: string): string {
  const cut = DESCRIPTION_AFTER_NAME.exec(source);
  return cut && cut.index > 0 ? source.slice(0, cut.index) : source;
}

/**
 * The surname of a Source that names one person ("Trump", "Sen. Maria Lund (D-Ore.)",
 * "economist Jo Brandt"), or null when the Source is a pronoun, a group, an institution
 * or a description ("the campaign", "a source", "The New York Post").
 */
export function namedSurname(source: string): string | null {
  const all = words(nameBeforeDescription(source.replace(/\([^)]*\)/g, ' ')));
  const last = all[all.length - 1];
  if (!last || !/^\p{Lu}/u.test(last) || NOT_A_NAME_WORD.test(last) || PRONOUN.test(last)) return null;
  if (all.some((word) => INSTITUTION_WORD.test(word.replace(/\.$/, '')))) return null;
  if (/^(?:the|a|an)$/i.test(all[0] ?? '') && !/^\p{Lu}/u.test(all[all.length - 2] ?? '')) return null;
  return last.replace(/[.,]$/, '');
}

/** Whether the person the extractor named carries the surname: in the name or an alias, as a whole word. */
export function carriesName(speaker: string | null, people: readonly ExtractedPerson[], surname: string): boolean {
  if (!speaker) return false;
  const person = people.find((candidate) => candidate.name === speaker);
  const names = [speaker, ...(person?.aliases ?? [])];
  const wanted = surname.toLowerCase();
  return names.some((name) => words(name).some((word) => word.toLowerCase().replace(/[.,]$/, '') === wanted));
}
