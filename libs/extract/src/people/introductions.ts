import { hasDemonymShape, irregularDemonymCountry, isDemonymOf, isGenerationalSuffix, isNameParticle } from '@parley/domain';
import { CAPITAL, isLetter, wordBefore } from '../text/letters';
import type { Range } from '../text/ranges';
import { isSpeechVerb, speechVerbAfterAppositive } from '../attribution/speech-verbs';
import { MASK } from '../text/document';
import { endsSignature, SIGNATURE_DASH } from '../attribution/signatures';
import { COUNTRY_ABBREVIATIONS, FEMALE_HONORIFICS, PARTY_AND_STATE, PARTY_LABELS, TITLE_ABBREVIATIONS, FUNCTION_WORDS, MALE_HONORIFICS, NEUTRAL_HONORIFICS, OCCUPATIONS, ORGANISATION_WORDS, PLACE_OPENERS, TITLE_HEADS } from './lexicon';
import { ledeCountry } from './lede-country';
import { lastWord, ofAfter, roleBefore, roleFromWords, sentenceCase, singular } from './roles';

/** A place where the article names a person, with what it says of their office. */
export interface Introduction extends Range {
  /** The person's name as written: "Ana Vos", or a surname alone ("Marsk"). */
  name: string;
  /** The whole phrase, title and all ("Tessalian President Ivo Marsk"). */
  phrase: string;
  title: string | null;
  /** A country, written or as a demonym ("Tessalian") still to be resolved, or an organisation. */
  of: string | null;
  current: boolean;
  gender: 'male' | 'female' | null;
}

interface Token extends Range {
  word: string;
  /** The word in lower case, without the "of " a title joins ("Minister of Trade"). */
  lower: string;
  /** "with To Lam": a short function word written with a capital inside a sentence, before a name, is a given name. */
  given?: boolean;
}

const TOKEN = new RegExp(`(?:${CAPITAL}\\.){2,}|${CAPITAL}[\\p{L}\\p{M}]*(?:-\\p{L}[\\p{L}\\p{M}]*|['’](?!s(?![\\p{L}]))\\p{L}[\\p{L}\\p{M}]*)*`, 'gu');
const POSSESSOR = /(?:^|\s)(\p{Lu}[\p{L}\p{M}.-]*)['’]s\s+$/u;
/** "The prime minister of Lauria, " before the name. */
const TITLE_OF_BEFORE = /\b(?:[Tt]he\s+)?((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+of\s+(?:the\s+)?((?:\p{Ll}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}’'-]*)*|(?:\p{Ll}[\p{L}’'-]*\s+){0,3}\p{Ll}[\p{L}’'-]*),\s+$/u;
const APPOSITIVE_ROLE = /^,\s+(?:(?:a|an|the)\s+)?(former\s+)?((?:[\p{Ll}\p{Lu}][\p{L}’'-]*\s+){0,3}?[\p{L}-]+)\s+(?:at|of|for|with)\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}?(\p{Lu}[\p{L}\p{M}’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{M}’'-]*)*)/u;
/** ", the Tessalian minister for foreign trade, ": a title whose portfolio is written in lower case. */
const APPOSITIVE_PORTFOLIO = /^,\s+(?:the\s+)?(former\s+)?(?:(\p{Lu}[\p{L}-]+)\s+)?((?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{Ll}[\p{L}-]*)\s+(for|of)\s+(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3})\s*,/u;
/** ", Brastova's opposition leader, ", ", the EU’s trade chief, ": a title owned by a country or a bloc, set off by commas after the name. */
const APPOSITIVE_POSSESSED_ROLE = /^,\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}-]*)['’]s\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+),/u;
/** ", the Dutch prime minister, ": a title after the demonym of its country, set off by commas after the name. */
const APPOSITIVE_DEMONYM_ROLE = /^,\s+the\s+(former\s+)?(\p{Lu}[\p{L}\p{M}-]*)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+),/u;
/** ", the presidency’s spokeswoman, ": a title owned by a body the article has named before. */
const APPOSITIVE_BODY_ROLE = /^,\s+the\s+\p{Ll}+['’]s\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+),/u;
const APPOSITIVE_WHO = /^,\s+(?:who|whom|whose)\s+(?:now\s+)?(chairs|heads|leads|runs|directs|founded|represents)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{M}’'-]*)*)/u;
const APPOSITIVE_ANY = /^(?:,\s+\d{1,3})?,\s+(?:a|an|who|whom|whose|the\s+\p{Ll}+\s+(?:of|at|for))\b/u;
/** ", of the Kilburgh School of Economics, said": the body a person speaks from, set off by commas before the verb. */
const APPOSITIVE_OF_BODY = /^,\s+(?:of|from)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?(?:the\s+)?\p{Lu}[\p{L}\p{M}’'-]*)*),\s+(\p{Ll}+)/u;
/** "Tomas Ruzek, 24, said": an age set off by commas may stand between a name and its verb. */
const VERB_AFTER = /^(?:,\s+\d{1,3}(?=,))?,?\s+(?:(?:has|had|have|also|then|later|again|on \p{Lu}\p{Ll}+)\s+)*([\p{Ll}]+)/u;

/** "Sen. ", "the Rev. ", "Lt. Gov. " just before a name. */
const ABBREVIATED_TITLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${Object.keys(TITLE_ABBREVIATIONS).map((key) => key.replace('.', '\\.')).join('|')})\\.\\s+$`, 'u');
/** "…,” says Okafor" and "…,” Okafor says": a lone word right after a quotation, before or after its speech verb. */
const AFTER_QUOTE_VERB = new RegExp(`${MASK}[,.!?]?[”"’']*[,.!?]?\\s+(\\p{Ll}+)\\s+$`, 'u');
const AFTER_QUOTE = new RegExp(`${MASK}[,.!?]?[”"’']*[,.!?]?\\s+$`, 'u');
/** "“…” ― Ana Ruiz": a name signed under a quotation after a dash. */
const SIGNATURE_BEFORE = new RegExp(`${MASK}[,.!?]?[”"’']*[,.!?]?\\s*${SIGNATURE_DASH}\\s*$`, 'u');
/** "said pollster Frank Luntz", "said Republican consultant Chris Russell": a speech verb, a party label, up to two lower-case words of occupation, then the name. */
const VERB_THEN_OCCUPATION = new RegExp(`(?:^|[^\\p{L}])(\\p{Ll}+),?\\s+(?:(?:${[...PARTY_LABELS].join('|')})\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}$`, 'u');

/** Whether the text before a name ends in a speech verb, perhaps with a party label and an occupation after it; every word that may be the verb is tried ("the plan is good, said "). */
function speechVerbThenOccupation(near: string): boolean {
  for (let from = 0; from < near.length; ) {
    const match = VERB_THEN_OCCUPATION.exec(near.slice(from));
    if (!match) return false;
    if (isSpeechVerb(match[1] ?? '')) return true;
    from += match.index + match[0].indexOf(match[1] ?? '') + (match[1] ?? '').length;
  }
  return false;
}

/** The lower-case words between two capitalised words of a name: " von der ", " al-". */
const PARTICLE_GAP = /^ ((?:\p{Ll}+ )*(?:\p{Ll}+ |\p{Ll}+-))$/u;
/** Lower-case particles just before a capitalised word, after a space. */
const LEADING_PARTICLES = /(?:^|[\s(])((?:\p{Ll}+ )*(?:\p{Ll}+ |\p{Ll}+-))$/u;
const PARTICLE_SURNAME = /\s|^\p{Ll}+-/u;
/** Particles that are also English words ("ten", "do"): alone before a capitalised word they open no surname. */
const AMBIGUOUS_PARTICLES = new Set(['do', 'ten', 'den', 'la', 'le', 'al', 'el', 'van', 'bin']);

/** A middle initial joined to its name: "J." of "Benjamin J. Rhodes". */
const INITIAL = /^\p{Lu}\.$/u;
/** The full stop of "Jr.", which does not make the word an initialism. */
const SUFFIX_DOT = / (?:Jr|Sr)\.$/;

/** "Sir Keir Starmer", "Dame Ana Vos", "Sheikh Omar bin Rashid": honours written before a full name, which is the name without them. */
const KNIGHTHOODS = new Set(['sir', 'dame', 'sheikh']);
/** Capitalised particles that open the last part of a surname ("bin Rashid Al Sabri"). */
const CAPITAL_PARTICLES = new Set(['Al', 'El']);

/** "the Sound": a place's name cut short, never a surname. */
const AFTER_THE = /\bthe\s+$/i;

/** How far around a name its introduction is looked for: a title, an appositive, a verb. */
const WINDOW = 120;
/** A role before a name is at most a few words ("Brastova’s prime minister, "). */
const ROLE_WINDOW = 60;

const ROLE_BY_VERB: Readonly<Record<string, string>> = {
  chairs: 'Chair',
  heads: 'Head',
  leads: 'Leader',
  runs: 'Head',
  directs: 'Director',
  founded: 'Founder',
  represents: 'Representative',
};

/**
 * Finds every place the narrative names a person: a name after a title ("Prime Minister
 * Ana Vos"), after a role ("Tessalia’s prime minister, Ida Brannock"), before an
 * appositive ("Nora Vik, a trade analyst at …", "Eda Quillfeather, who chairs …"), or as
 * the subject of a speech verb ("Ida Brannock said", "said Ida Brannock").
 */
export function findIntroductions(narrative: string, sentences: readonly Range[]): Introduction[] {
  const found: Introduction[] = [];
  const loneWords = new Set<string>();
  const unexplained: Token[][] = [];
  for (const sentence of sentences) {
    const runs = tokenRuns(narrative, sentence);
    for (const run of runs) {
      const introduction = introduce(narrative, sentence, run);
      if (introduction) found.push(introduction);
      else if (run.length === 1 && isNameWord(run[0] as Token) && !AFTER_THE.test(narrative.slice(Math.max(0, (run[0] as Token).start - 4), (run[0] as Token).start))) loneWords.add(surnameKey((run[0] as Token).word));
      else if (run.length >= 2) {
        const name = nameAfterFunctionWords(run);
        if (name) unexplained.push(name);
      }
    }
  }
  for (const introduction of found) if (!introduction.name.includes(' ')) loneWords.add(introduction.name);
  // "Ida Vos, chief executive of the industry body Salmon Vessmark, …": what someone's office is of is not a person.
  const offices = new Set(found.flatMap((introduction) => (introduction.title && introduction.of ? [introduction.of] : [])));
  const people = found.filter((introduction) => introduction.title !== null || !offices.has(introduction.name));
  return [...people.map(withoutPossessiveOf), ...namesConfirmedBySurname(unexplained, loneWords)];
}


/**
 * Two or three capitalised words that the article later uses by their last word alone
 * ("the two trade ministers, Ola Brun and Edith Sarne" … "Sarne told", "Mrs Sarne"): a
 * person, even though nothing around the full name says so. Not when that word is the
 * demonym of a place the article also names ("… Istravian" beside "Istravia"), nor a
 * place of two words ("South Africa" beside "Africa").
 */
function namesConfirmedBySurname(runs: readonly Token[][], loneWords: ReadonlySet<string>): Introduction[] {
  const isDemonymOfLoneWord = (word: string) => hasDemonymShape(word) && [...loneWords].some((other) => other !== word && isDemonymOf(word, other));
  return runs
    .filter((run) => loneWords.has(surnameKey((run[run.length - 1] as Token).word)) && !isDemonymOfLoneWord((run[run.length - 1] as Token).word) && !PLACE_OPENERS.has((run[0] as Token).word))
    .map((run) => {
      const name = run.map((token) => token.word).join(' ');
      return { name, phrase: name, start: (run[0] as Token).start, end: (run[run.length - 1] as Token).end, title: null, of: null, current: true, gender: null };
    });
}

/** "Von der Leyen" opening a sentence is the surname "von der Leyen". */
function surnameKey(word: string): string {
  return word.includes(' ') ? `${word.charAt(0).toLowerCase()}${word.slice(1)}` : word;
}

/** "When Ilona Reszka was a girl": two or three name words, after nothing but function words. */
function nameAfterFunctionWords(run: Token[]): Token[] | null {
  const name = trailingNameTokens(run);
  const lead = run.slice(0, run.length - name.length);
  return name.length >= 2 && name.length <= 3 && lead.every((token) => FUNCTION_WORDS.has(token.lower)) ? name : null;
}

function tokenRuns(text: string, sentence: Range): Token[][] {
  const runs: Token[][] = [];
  const slice = text.slice(sentence.start, sentence.end);
  TOKEN.lastIndex = 0;
  let run: Token[] = [];
  let lastEnd = -1;
  for (let match = TOKEN.exec(slice); match; match = TOKEN.exec(slice)) {
    const token: Token = { word: match[0], lower: match[0].toLowerCase(), start: sentence.start + match.index, end: sentence.start + match.index + match[0].length };
    if (isCapitalisedGivenName(text, token)) token.given = true;
    const gap = lastEnd === -1 ? '' : text.slice(lastEnd, token.start);
    const previous = run[run.length - 1];
    const joinsTitle = gap === ' of ' && previous !== undefined && TITLE_HEADS.has(previous.word.toLowerCase());
    const particles = previous && run.length > 0 ? particlesBetween(text, previous, token) : null;
    if (previous && run.length > 1 && gap === ' ' && CAPITAL_PARTICLES.has(previous.word) && isNameWord(run[run.length - 2] as Token)) {
      // "… bin Rashid Al Sabri": "Al" opens the last part of the surname.
      run.pop();
      token.start = previous.start;
      token.word = `${previous.word} ${token.word}`;
      token.lower = token.word.toLowerCase();
    } else if (previous && run.length > 1 && (gap === ' ' || gap === ', ') && isGenerationalSuffix(token.word)) {
      // "Teodoro Valcarce Jr.": the suffix stays with the surname it follows.
      const end = text.charAt(token.end) === '.' ? token.end + 1 : token.end;
      previous.word = `${previous.word} ${text.slice(token.start, end)}`;
      previous.lower = previous.word.toLowerCase();
      previous.end = end;
      lastEnd = end;
      continue;
    }
    if (previous && gap === '. ' && isMiddleInitial(run, previous)) {
      // "Benjamin J. Rhodes": an initial between a given name and the surname keeps the name whole.
      previous.word = `${previous.word}.`;
      previous.lower = previous.word.toLowerCase();
      previous.end += 1;
      run.push(token);
      lastEnd = token.end;
      continue;
    }
    if (previous && particles !== null) {
      if (isNameParticle(previous.word) && run.length === 1) {
        run.pop();
        token.start = previous.start;
        token.word = text.slice(previous.start, token.end);
      } else {
        token.start -= particles.length;
        token.word = `${particles}${token.word}`;
      }
      token.lower = token.word.toLowerCase();
    } else if (run.length > 0 && gap !== ' ' && !joinsTitle) {
      runs.push(run);
      run = [];
    }
    if (joinsTitle) token.word = `of ${token.word}`;
    run.push(token);
    lastEnd = token.end;
  }
  if (run.length > 0) runs.push(run);
  return runs.map(withLeadingParticles(text));
}

/** A single capital after a given name, written with its full stop: the "J" of "Benjamin J. Rhodes". */
function isMiddleInitial(run: readonly Token[], previous: Token): boolean {
  const given = run[run.length - 2];
  return previous.word.length === 1 && run.length >= 2 && given !== undefined && isNameWord(given) && !given.word.endsWith('.');
}

/** "talks with To Lam", "Vietnam’s leader, To Lam": after a lower-case word or a comma, and before a capitalised word. */
const IN_SENTENCE_BEFORE = /(?:\p{Ll}|,)\s$/u;
const NAME_AFTER = /^ \p{Lu}\p{Ll}/u;

function isCapitalisedGivenName(text: string, token: Token): boolean {
  return (
    token.word.length === 2 &&
    FUNCTION_WORDS.has(token.lower) &&
    !HONORIFICS.has(token.lower) &&
    IN_SENTENCE_BEFORE.test(text.slice(Math.max(0, token.start - 2), token.start)) &&
    NAME_AFTER.test(text.slice(token.end, token.end + 3))
  );
}

/** " von der ", " da ", " al-": the particles of a surname between two capitalised words of one name, or null. */
function particlesBetween(text: string, previous: Token, token: Token): string | null {
  if (token.start - previous.end < 3 || token.start - previous.end > 16 || !isNameParticle(wordAfter(text, previous.end + 1))) return null;
  const gap = PARTICLE_GAP.exec(text.slice(previous.end, token.start));
  if (!gap || !isNameWord(previous)) return null;
  const words = (gap[1] ?? '').trim().split(/[\s]+/);
  return words.every((word) => isNameParticle(word)) ? (gap[1] ?? '') : null;
}

/** The lower-case letters that start at `at`. */
function wordAfter(text: string, at: number): string {
  let end = at;
  while (end < text.length && isLetter(text.charAt(end))) end += 1;
  return text.slice(at, end);
}

/** "said von der Leyen": a surname whose particles open the run, after a word that is not a name. */
function withLeadingParticles(text: string): (run: Token[]) => Token[] {
  return (run) => {
    const first = run[0] as Token;
    const joiner = text.charAt(first.start - 1);
    if ((joiner !== ' ' && joiner !== '-') || !isNameParticle(wordBefore(text, first.start).replace(/-$/, '') || text.slice(Math.max(0, first.start - 3), first.start))) return run;
    const lead = LEADING_PARTICLES.exec(text.slice(Math.max(0, first.start - 24), first.start))?.[1];
    if (!lead || !isNameWord(first)) return run;
    const words = lead.trim().split(/\s+/);
    if (!words.every((word) => isNameParticle(word)) || (words.length === 1 && AMBIGUOUS_PARTICLES.has(words[0] ?? ''))) return run;
    const start = first.start - lead.length;
    return [{ ...first, start, word: `${lead}${first.word}`, lower: `${lead}${first.word}`.toLowerCase() }, ...run.slice(1)];
  };
}

const lower = (token: Token | undefined) => token?.lower ?? '';
const HONORIFICS = new Set([...MALE_HONORIFICS, ...FEMALE_HONORIFICS, ...NEUTRAL_HONORIFICS]);
/** "President", and "Presidents" before two names ("Presidents Ana Vos of Belmark and Karl Tiede of Osterey"). */
const isTitleWord = (token: Token) => TITLE_HEADS.has(singular(lower(token)));
const isNameWord = (token: Token) =>
  !PARTY_LABELS.has(token.word) && !OCCUPATIONS.has(token.lower) && !(token.word in TITLE_ABBREVIATIONS) && (token.given === true || !FUNCTION_WORDS.has(lower(token))) && !ORGANISATION_WORDS.has(lower(token)) && !isTitleWord(token) && (INITIAL.test(token.word) || !/\./.test(token.word.replace(SUFFIX_DOT, ''))) && !token.word.startsWith('of ');

function introduce(text: string, sentence: Range, run: Token[]): Introduction | null {
  let lastTitle = -1;
  run.forEach((token, index) => {
    if (isTitleWord(token)) lastTitle = index;
  });
  if (lastTitle >= 0 && lastTitle < run.length - 1) return titledName(text, sentence, run, lastTitle);
  if (lastTitle >= 0) return null;

  const nameTokens = trailingNameTokens(run);
  if (nameTokens.length === 0 || PLACE_OPENERS.has((nameTokens[0] as Token).word)) return null;
  const first = nameTokens[0] as Token;
  const last = nameTokens[nameTokens.length - 1] as Token;
  const before = text.slice(Math.max(sentence.start, first.start - WINDOW), first.start);
  const after = text.slice(last.end, Math.min(sentence.end, last.end + WINDOW));
  const sentenceAfter = text.slice(last.end, sentence.end);
  const name = nameTokens.map((token) => token.word).join(' ');
  const base = { name, start: first.start, end: last.end, phrase: name, current: true, gender: null };

  const near = before.slice(-ROLE_WINDOW);
  const abbreviated = ABBREVIATED_TITLE_BEFORE.exec(near)?.[1];
  if (abbreviated) return { ...base, title: TITLE_ABBREVIATIONS[abbreviated] ?? null, of: null };
  if (PARTY_AND_STATE.test(after)) return { ...base, title: null, of: null };
  const role = roleBefore(near);
  const honorific = (role?.[2] ?? '').toLowerCase();
  if (MALE_HONORIFICS.has(honorific) || FEMALE_HONORIFICS.has(honorific) || NEUTRAL_HONORIFICS.has(honorific)) {
    const phrase = KNIGHTHOODS.has(honorific) && nameTokens.length > 1 ? `${role?.[2] ?? ''} ${name}` : name;
    // "the Emirati president, Sheikh Omar bin Rashid": the office set off before the honour.
    const office = KNIGHTHOODS.has(honorific) ? roleBefore(near.slice(0, near.length - (role?.[2] ?? '').length - 1)) : null;
    const held = office && /,\s*$/.test(office[0]) && TITLE_HEADS.has(singular((office[2] ?? '').toLowerCase())) ? roleFromWords(`${office[1]}${office[2]}`.trim().split(/\s+/), after) : { title: null, of: null };
    return { ...base, phrase, ...held, gender: MALE_HONORIFICS.has(honorific) ? 'male' : 'female' };
  }
  const roleWord = singular((role?.[2] ?? '').toLowerCase());
  if (role && TITLE_HEADS.has(roleWord)) {
    const words = `${role[1] ?? ''}${roleWord}`.trim().split(/\s+/);
    return { ...base, ...roleFromWords(words, after) };
  }
  if (role && roleWord === 'counterpart') {
    const demonym = /(\p{Lu}[\p{L}-]+)\s*$/u.exec(role[1] ?? '')?.[1] ?? null;
    return { ...base, title: null, of: demonym && hasDemonymShape(demonym) ? demonym : null };
  }
  const titleOf = near.includes(' of ') && /,\s+$/.test(near) ? TITLE_OF_BEFORE.exec(near) : null;
  if (titleOf && TITLE_HEADS.has(lastWord(titleOf[1] ?? ''))) return { ...base, title: sentenceCase(withoutDeterminer(titleOf[1] ?? '')), of: titleOf[2] ?? null };
  const appositive = APPOSITIVE_ROLE.exec(after);
  if (appositive && TITLE_HEADS.has(lastWord(appositive[2] ?? ''))) {
    return { ...base, title: sentenceCase(appositive[2] ?? ''), of: appositive[3] ?? null, current: !appositive[1] };
  }
  const portfolio = APPOSITIVE_PORTFOLIO.exec(after);
  if (portfolio && TITLE_HEADS.has(lastWord(portfolio[3] ?? ''))) {
    return { ...base, title: sentenceCase(`${portfolio[3]} ${portfolio[4]} ${portfolio[5]}`), of: portfolio[2] ?? null, current: !portfolio[1] };
  }
  const possessed = APPOSITIVE_POSSESSED_ROLE.exec(after);
  if (possessed && TITLE_HEADS.has(lastWord(possessed[2] ?? ''))) return { ...base, title: sentenceCase(possessed[2] ?? ''), of: possessed[1] ?? null };
  const demonymRole = APPOSITIVE_DEMONYM_ROLE.exec(after);
  if (demonymRole && isDemonym(demonymRole[2] ?? '') && TITLE_HEADS.has(lastWord(demonymRole[3] ?? ''))) {
    return { ...base, title: sentenceCase(demonymRole[3] ?? ''), of: demonymRole[2] ?? null, current: !demonymRole[1] };
  }
  const ofBody = APPOSITIVE_BODY_ROLE.exec(after);
  if (ofBody && TITLE_HEADS.has(lastWord(ofBody[1] ?? ''))) return { ...base, title: sentenceCase(ofBody[1] ?? ''), of: null };
  const who = APPOSITIVE_WHO.exec(after);
  if (who) return { ...base, title: ROLE_BY_VERB[who[1] ?? ''] ?? null, of: who[2] ?? null };
  if (SIGNATURE_BEFORE.test(near) && endsSignature(text, last.end)) return { ...base, title: null, of: null };
  const verb = VERB_AFTER.exec(after)?.[1] ?? '';
  if (nameTokens.length < 2) {
    const named = isSpeechVerb(AFTER_QUOTE_VERB.exec(near)?.[1] ?? '') || (AFTER_QUOTE.test(near) && (isSpeechVerb(verb) || speechVerbAfterAppositive(sentenceAfter)));
    return named && !FUNCTION_WORDS.has(first.lower) && !(first.word in TITLE_ABBREVIATIONS) ? { ...base, title: null, of: null } : null;
  }
  const body = APPOSITIVE_OF_BODY.exec(after);
  if (body && isSpeechVerb(body[2] ?? '')) return { ...base, title: null, of: body[1] ?? null };
  if (APPOSITIVE_ANY.test(after) || isSpeechVerb(verb) || speechVerbThenOccupation(near) || speechVerbAfterAppositive(sentenceAfter)) {
    return { ...base, title: null, of: ofAfter(after) };
  }
  return null;
}

function titledName(text: string, sentence: Range, run: Token[], lastTitle: number): Introduction | null {
  const nameTokens = run.slice(lastTitle + 1).filter(isNameWord);
  if (nameTokens.length === 0 || nameTokens.length > maxNameWords(nameTokens)) return null;
  let titleStart = lastTitle;
  while (titleStart > 0) {
    const previous = run[titleStart - 1] as Token;
    if (FUNCTION_WORDS.has(lower(previous)) && !TITLE_HEADS.has(lower(previous)) && lower(previous) !== 'prime' && lower(previous) !== 'foreign') break;
    if (hasDemonymShape(previous.word) || COUNTRY_ABBREVIATIONS[previous.word]) break;
    titleStart -= 1;
  }
  const prefix = run.slice(0, titleStart).filter((token) => !FUNCTION_WORDS.has(lower(token)));
  const prefixWord = prefix[prefix.length - 1]?.word ?? null;
  const first = nameTokens[0] as Token;
  const last = nameTokens[nameTokens.length - 1] as Token;
  const after = text.slice(last.end, Math.min(sentence.end, last.end + WINDOW));
  const before = text.slice(Math.max(sentence.start, (run[0] as Token).start - WINDOW), (run[0] as Token).start);
  const possessor = POSSESSOR.exec(before.slice(-40))?.[1] ?? null;
  const title = run.slice(titleStart, lastTitle + 1).map((token) => token.word).join(' ');
  const phraseStart = prefix[0]?.start ?? (run[titleStart] as Token).start;
  const honorific = lower(run[lastTitle]);
  return {
    name: nameTokens.map((token) => token.word).join(' '),
    start: first.start,
    end: last.end,
    phrase: text.slice(phraseStart, last.end),
    title,
    of: ofAfter(after) ?? (prefixWord ? (COUNTRY_ABBREVIATIONS[prefixWord] ?? prefixWord) : possessor) ?? ledeCountry(text, sentence, title, phraseStart, last.end),
    current: !/\bformer\s+$/i.test(before.slice(-12)),
    gender: MALE_HONORIFICS.has(honorific) ? 'male' : FEMALE_HONORIFICS.has(honorific) ? 'female' : null,
  };
}

/** "the leader of Brannoch's opposition party": the office is of Brannoch. */
function withoutPossessiveOf(introduction: Introduction): Introduction {
  return introduction.of && /['’]s$/.test(introduction.of) ? { ...introduction, of: introduction.of.slice(0, -2) } : introduction;
}

const isDemonym = (word: string) => hasDemonymShape(word) || irregularDemonymCountry(word) !== null;

/** "with the president" → "president": the title without the words that lead to it. */
function withoutDeterminer(phrase: string): string {
  return phrase.replace(/^(?:.*\s)?(?:the|a|an)\s+/, '');
}

/** A name is at most three words, or four when it ends in a surname with particles ("Luiz Inácio Lula da Silva"). */
function maxNameWords(tokens: readonly Token[]): number {
  return PARTICLE_SURNAME.test(tokens[tokens.length - 1]?.word ?? '') ? 4 : 3;
}

function trailingNameTokens(run: Token[]): Token[] {
  const tokens: Token[] = [];
  const most = maxNameWords(run);
  for (let index = run.length - 1; index >= 0 && tokens.length < most; index -= 1) {
    const token = run[index] as Token;
    if (!isNameWord(token)) break;
    tokens.unshift(token);
  }
  return tokens.length === run.length || tokens.length > 0 ? tokens : [];
}
