import { isNameParticle, surname, wordBeforeParticles } from '@parley/domain';
import type { Range } from '../text/ranges';
import type { Countries } from './countries';
import { surnameWithoutArticle, type Entities, type Entity, type Gender } from './entities';
import { FUNCTION_WORDS, GROUP_SUBJECTS } from './lexicon';
import { CAPITAL } from '../text/letters';
import { findTitleMentions } from './title-mentions';

export type MentionKind = 'name' | 'title' | 'pronoun' | 'relative' | 'institution' | 'group';

/** A place where the narrative refers to a person, an institution or a group. */
export interface Mention extends Range {
  kind: MentionKind;
  /** Who is meant; null for groups and for pronouns not yet resolved. */
  entity: Entity | null;
  gender: Gender;
  possessive: boolean;
  /** An object pronoun ("him", "accused her"), which cannot be the subject it follows. */
  object: boolean;
  /** "his office", "her office": once the pronoun is resolved, the office is meant. */
  officeOf?: boolean;
}

const GROUP_SUBJECT_MENTIONS = new RegExp(GROUP_SUBJECTS.source, 'gi');
/** A name's first word up to any apostrophe: "Anne-Sofie", "O" of "O’Neill", "Abt" of "Abt’s". */
const CAPITALISED_WORD = new RegExp(`${CAPITAL}[\\p{L}\\p{M}-]*`, 'gu');
const LETTER = /[\p{L}\p{M}]/u;
const WORD_CHARACTER = /[\p{L}\p{M}’'-]/u;
const PRONOUN = /\b(he|she|him|his|her|hers)\b(\s+office\b)?/gi;
const RELATIVE = /,\s+(who|whom|which)\b/g;
/** "the 61-year-old said": a person taken up again by age, like a pronoun of either gender. */
const AGE_EPITHET = /\b[Tt]he\s+\d{1,3}-year-old\b/g;
const OBJECT_HER_FOLLOWERS = new Set(['as', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'last', 'and', 'that', 'from', 'about', 'after', 'before', 'over', 'into', 'out', 'up', 'down', 'again', 'the', 'a', 'an', 'this', 'plainly', 'directly', 'personally', 'twice', 'once', 'said', 'but', 'or']);
/** Every mention of a known person by name, title or pronoun, and of groups, in narrative order. */
export function findPersonMentions(narrative: string, bodyStart: number, entities: Entities, countries: Countries): Mention[] {
  const mentions: Mention[] = [];
  const body = narrative.slice(bodyStart);
  const push = (start: number, end: number, kind: MentionKind, entity: Entity | null, extra: Partial<Mention> = {}) => {
    mentions.push({ start: bodyStart + start, end: bodyStart + end, kind, entity, gender: null, possessive: /^['’]s\b/.test(body.slice(end, end + 2)), object: false, ...extra });
  };

  for (const found of findNames(body, nameAliases(entities))) push(found.start, found.start + found.alias.length, 'name', found.entity);
  const named = mentions.map((mention) => ({ start: mention.start - bodyStart, end: mention.end - bodyStart, entity: mention.entity as Entity }));
  for (const title of findTitleMentions(body, entities, countries, named)) push(title.start, title.end, 'title', title.entity);
  for (const match of body.matchAll(PRONOUN)) {
    const word = (match[1] ?? '').toLowerCase();
    const gender = word === 'he' || word === 'him' || word === 'his' ? 'male' : 'female';
    const following = /^\s+([\p{L}]+)/u.exec(body.slice(match.index + (match[1] ?? '').length))?.[1] ?? '';
    const object = word === 'him' || (word === 'her' && (following === '' || OBJECT_HER_FOLLOWERS.has(following)));
    push(match.index, match.index + match[0].length, 'pronoun', null, { gender, object, officeOf: Boolean(match[2]) });
  }
  for (const match of body.matchAll(AGE_EPITHET)) push(match.index, match.index + match[0].length, 'pronoun', null);
  for (const match of body.matchAll(RELATIVE)) {
    const at = match.index + match[0].length - (match[1] ?? '').length;
    push(at, at + (match[1] ?? '').length, 'relative', null);
  }
  for (const match of body.matchAll(GROUP_SUBJECT_MENTIONS)) push(match.index, match.index + match[0].length, 'group', null);
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * Every place a name is written in full, by surname or by a first name of its own: at
 * each capitalised word, the longest alias that starts there and ends at a word's end.
 */
function findNames(body: string, aliases: ReadonlyMap<string, Entity>): Array<{ start: number; alias: string; entity: Entity }> {
  const byFirstWord = new Map<string, string[]>();
  for (const alias of [...aliases.keys()].sort((a, b) => b.length - a.length)) {
    const first = alias.split(/[\s’']/)[0] ?? alias;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), alias]);
  }
  const found: Array<{ start: number; alias: string; entity: Entity }> = [];
  let coveredUntil = 0;
  for (const word of nameStarts(body, byFirstWord)) {
    if (word.index < coveredUntil || WORD_CHARACTER.test(body[word.index - 1] ?? '')) continue;
    const alias = aliasAt(body, word.index, word[0], byFirstWord);
    const entity = alias ? aliases.get(alias) : undefined;
    if (!alias || !entity) continue;
    found.push({ start: word.index, alias, entity });
    coveredUntil = word.index + alias.length;
  }
  return found;
}

/** The capitalised words of the body, and the particles that open a surname ("von der Leyen"), in order. */
function nameStarts(body: string, byFirstWord: ReadonlyMap<string, string[]>): RegExpExecArray[] {
  const starts = [...body.matchAll(CAPITALISED_WORD)];
  const particles = [...byFirstWord.keys()].filter((word) => /^\p{Ll}/u.test(word) && isNameParticle(word.split('-')[0] ?? ''));
  if (particles.length === 0) return starts;
  const escaped = particles.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const particle = new RegExp(`(?<![\\p{L}\\p{M}’'-])(?:${escaped.join('|')})(?![\\p{L}\\p{M}])`, 'gu');
  return [...starts, ...body.matchAll(particle)].sort((a, b) => a.index - b.index);
}

/** The longest alias written at `at`: "Von der Leyen" at the start of a sentence is the surname "von der Leyen". */
function aliasAt(body: string, at: number, word: string, byFirstWord: ReadonlyMap<string, string[]>): string | undefined {
  const ends = (candidate: string) => !LETTER.test(body[at + candidate.length] ?? '');
  const exact = byFirstWord.get(word)?.find((candidate) => body.startsWith(candidate, at) && ends(candidate));
  if (exact || !isNameParticle(word)) return exact;
  const lowered = `${word.charAt(0).toLowerCase()}${body.slice(at + 1, at + 40)}`;
  return byFirstWord.get(word.toLowerCase())?.find((candidate) => lowered.startsWith(candidate) && ends(candidate));
}

/** "Sheikh Omar": an honour with the first name, which stands for the full name. */
const HONOURED_FIRST_NAME = /^(?:Sir|Dame|Sheikh)\s+\S+$/;

function nameAliases(entities: Entities): Map<string, Entity> {
  const aliases = new Map<string, Entity>();
  const firstNameCounts = new Map<string, number>();
  for (const person of entities.people()) {
    const first = person.name.split(' ')[0] ?? '';
    firstNameCounts.set(first, (firstNameCounts.get(first) ?? 0) + 1);
  }
  for (const person of entities.people()) {
    aliases.set(person.name, person);
    const last = surname(person.name);
    if (!aliases.has(last)) aliases.set(last, person);
    const called = wordBeforeParticles(person.name);
    if (called && !aliases.has(called)) aliases.set(called, person);
    const bare = surnameWithoutArticle(person.name);
    if (bare && !aliases.has(bare)) aliases.set(bare, person);
    for (const alias of person.aliases) if (HONOURED_FIRST_NAME.test(alias) && !aliases.has(alias)) aliases.set(alias, person);
  }
  // A first name stands for its bearer only where no one bears it as a surname ("Sheikh Omar" beside "Ali Omar").
  for (const person of entities.people()) {
    const first = person.name.split(' ')[0] ?? '';
    if (person.name.includes(' ') && ownFirstWord(first) && firstNameCounts.get(first) === 1 && !aliases.has(first)) aliases.set(first, person);
  }
  return aliases;
}

/**
 * Whether a name's first word may stand alone for its bearer: any but the shortest, and
 * a family name of two letters written first ("Xi" of Xi Jinping, "Wi" of Wi Sung-lac)
 * unless it is a word of the sentence too ("An", "Mr").
 */
function ownFirstWord(first: string): boolean {
  return first.length > 2 || (first.length === 2 && !FUNCTION_WORDS.has(first.toLowerCase()) && !/^(?:Mr|Ms|Dr|St)$/.test(first));
}
