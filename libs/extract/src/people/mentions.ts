import { isDemonymOf, nameKey, surname } from '@parley/domain';
import type { Range } from '../text/ranges';
import type { Countries } from './countries';
import type { Entities, Entity, Gender } from './entities';
import { GROUP_SUBJECTS } from './lexicon';

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

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{M}’\'-])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}])';
const PRONOUN = /\b(he|she|him|his|her|hers)\b(\s+office\b)?/gi;
const RELATIVE = /,\s+(who|whom)\b/g;
const OBJECT_HER_FOLLOWERS = new Set(['as', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'last', 'and', 'that', 'from', 'about', 'after', 'before', 'over', 'into', 'out', 'up', 'down', 'again', 'the', 'a', 'an', 'this', 'plainly', 'directly', 'personally', 'twice', 'once', 'said', 'but', 'or']);
const TITLE_MENTION = new RegExp(
  `\\b[Tt]he\\s+(?:(\\p{Lu}[\\p{L}.]+)\\s+)?((?:[a-z]+\\s+)?(?:prime minister|minister|president|chancellor|premier|leader|secretary|governor|mayor|king|queen)|Prime Minister|President|Chancellor|Premier)\\b(?!\\s*,?\\s*\\p{Lu}\\p{Ll})`,
  'gu',
);

/** Every mention of a known person by name, title or pronoun, and of groups, in narrative order. */
export function findPersonMentions(narrative: string, bodyStart: number, entities: Entities, countries: Countries): Mention[] {
  const mentions: Mention[] = [];
  const body = narrative.slice(bodyStart);
  const push = (start: number, end: number, kind: MentionKind, entity: Entity | null, extra: Partial<Mention> = {}) => {
    mentions.push({ start: bodyStart + start, end: bodyStart + end, kind, entity, gender: null, possessive: /^['’]s\b/.test(body.slice(end, end + 2)), object: false, ...extra });
  };

  const aliases = nameAliases(entities);
  if (aliases.size > 0) {
    const alternatives = [...aliases.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    const pattern = new RegExp(`${NOT_LETTER_BEFORE}(?:${alternatives.join('|')})${NOT_LETTER_AFTER}`, 'gu');
    for (const match of body.matchAll(pattern)) push(match.index, match.index + match[0].length, 'name', aliases.get(match[0]) ?? null);
  }
  const named = [...mentions];
  for (const match of body.matchAll(TITLE_MENTION)) {
    if (overlaps(named, bodyStart + match.index, bodyStart + match.index + match[0].length)) continue;
    const entity = resolveTitle(match[2] ?? '', match[1] ?? null, entities, countries, mentions, bodyStart + match.index);
    if (entity) push(match.index, match.index + match[0].length, 'title', entity);
  }
  for (const match of body.matchAll(PRONOUN)) {
    const word = (match[1] ?? '').toLowerCase();
    const gender = word === 'he' || word === 'him' || word === 'his' ? 'male' : 'female';
    const following = /^\s+([a-z]+)/.exec(body.slice(match.index + (match[1] ?? '').length))?.[1] ?? '';
    const object = word === 'him' || (word === 'her' && (following === '' || OBJECT_HER_FOLLOWERS.has(following)));
    push(match.index, match.index + match[0].length, 'pronoun', null, { gender, object, officeOf: Boolean(match[2]) });
  }
  for (const match of body.matchAll(RELATIVE)) {
    const at = match.index + match[0].length - (match[1] ?? '').length;
    push(at, at + (match[1] ?? '').length, 'relative', null);
  }
  for (const match of body.matchAll(new RegExp(GROUP_SUBJECTS.source, 'gi'))) push(match.index, match.index + match[0].length, 'group', null);
  return mentions.sort((a, b) => a.start - b.start);
}

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
    const first = person.name.split(' ')[0] ?? '';
    if (person.name.includes(' ') && first.length > 2 && firstNameCounts.get(first) === 1 && !aliases.has(first)) aliases.set(first, person);
  }
  return aliases;
}

function resolveTitle(title: string, qualifier: string | null, entities: Entities, countries: Countries, earlier: readonly Mention[], at: number): Entity | null {
  const head = nameKey(title);
  const holders = entities.people().filter((person) => person.roles.some((role) => titleMatches(nameKey(role.title), head)));
  let candidates = holders;
  if (qualifier) {
    const country = countries.resolve(qualifier);
    if (!country) return null;
    const ofCountry = holders.filter((person) => person.roles.some((role) => role.of !== null && (role.of === country || isDemonymOf(qualifier, role.of))));
    candidates = ofCountry.length > 0 ? ofCountry : holders.filter((person) => person.roles.every((role) => role.of === null));
    if (candidates.length === 1 && !candidates[0]?.country) (candidates[0] as Entity).country = country;
    const role = candidates[0]?.roles.find((candidateRole) => titleMatches(nameKey(candidateRole.title), head));
    if (candidates.length === 1 && role && !role.of) role.of = country;
  }
  if (candidates.length <= 1) return candidates[0] ?? null;
  const recent = [...earlier].reverse().find((mention) => mention.start < at && mention.entity && candidates.includes(mention.entity));
  return recent?.entity ?? candidates[0] ?? null;
}

function titleMatches(roleTitle: string, head: string): boolean {
  if (/\b(?:vice|deputy|former)\b/.test(roleTitle)) return false;
  if (head === 'minister' && /prime minister$/.test(roleTitle)) return false;
  return roleTitle === head || roleTitle.endsWith(` ${head}`);
}

/** Whether `[start, end)` overlaps one of `ranges`, which must be sorted by start and not overlap each other. */
export function overlaps(ranges: readonly Range[], start: number, end: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle] as Range;
    if (range.end <= start) low = middle + 1;
    else if (range.start >= end) high = middle - 1;
    else return true;
  }
  return false;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
