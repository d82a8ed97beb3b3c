import { isDemonymOf } from '@parley/domain';
import { keyOf } from './name-keys';
import type { Countries } from './countries';
import type { Entities, Entity } from './entities';
import { CAPITAL } from '../text/letters';
import { overlaps } from '../text/ranges';
import { claimLeaderTitle, isLeader, isLeaderRole, leaderOf } from './leader-roles';

/** Still imported from here by the event extractors. */
export { isLeader, leaderOf } from './leader-roles';

/** A person named by office alone, found in the narrative body (offsets relative to it). */
export interface TitleMention {
  start: number;
  end: number;
  entity: Entity;
}

const LEADER_TITLE = '(?:[a-z]+\\s+)?(?:prime minister|minister|president|chancellor|premier|leader|secretary|governor|mayor|king|queen)';
/** Not a title before the name it introduces: "the president, Ana Vos", "the president of the trade council, Ana Vos". */
const NO_NAME_AFTER = `(?!\\s*,?\\s*${CAPITAL}\\p{Ll}|\\s+of\\s+(?:the\\s+)?\\p{Ll}[^,.;]{0,50},\\s+${CAPITAL}\\p{Ll})`;
/** "the president", "the Brastovan president", "the Prime Minister". */
const THE_TITLE = new RegExp(`\\b[Tt]he\\s+(?:(${CAPITAL}[\\p{L}.]+)\\s+)?(${LEADER_TITLE}|Prime Minister|President|Chancellor|Premier)\\b${NO_NAME_AFTER}`, 'gu');
/** "Brastova’s president", "Sardova's prime minister". */
const COUNTRY_POSSESSIVE_TITLE = new RegExp(`(${CAPITAL}[\\p{L}-]+)['’]s\\s+(${LEADER_TITLE})\\b${NO_NAME_AFTER}`, 'gu');
/** "the president of neighbouring Sardova". */
const TITLE_OF_COUNTRY = new RegExp(`\\b[Tt]he\\s+(${LEADER_TITLE})\\s+of\\s+(?:(?:neighbouring|the)\\s+)?(${CAPITAL}[\\p{L}-]+)\\b`, 'gu');
/** "her Sardovan counterpart": the leader of that country. */
const COUNTERPART = new RegExp(`\\b(?:his|her|their|its)\\s+(${CAPITAL}[\\p{L}-]+)\\s+counterpart\\b${NO_NAME_AFTER}`, 'gu');

/** Every place a known person is named by office: "the president", "Brastova’s president", "her Sardovan counterpart". */
export function findTitleMentions(body: string, entities: Entities, countries: Countries, named: readonly TitleMention[]): TitleMention[] {
  const found: TitleMention[] = [];
  const isNamed = (start: number, end: number) => overlaps(named, start, end);
  const add = (start: number, end: number, entity: Entity | null) => {
    if (entity && !isNamed(start, end) && !found.some((other) => start < other.end && end > other.start)) found.push({ start, end, entity });
  };
  for (const match of body.matchAll(TITLE_OF_COUNTRY)) {
    add(match.index, match.index + match[0].length, resolveTitle(match[1] ?? '', match[2] ?? null, entities, countries, found, match.index));
  }
  for (const match of body.matchAll(COUNTRY_POSSESSIVE_TITLE)) {
    add(match.index, match.index + match[0].length, resolveTitle(match[2] ?? '', match[1] ?? null, entities, countries, found, match.index));
  }
  for (const match of body.matchAll(THE_TITLE)) {
    add(match.index, match.index + match[0].length, resolveTitle(match[2] ?? '', match[1] ?? null, entities, countries, found, match.index));
  }
  for (const match of body.matchAll(COUNTERPART)) {
    const opposite = leaderOf(countries.resolve(match[1] ?? null), entities);
    if (opposite && leadersCounterpart(named, match.index)) add(match.index, match.index + match[0].length, opposite);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "his Sardovan counterpart" is Sardova's leader when the person last named is a leader, not a minister. */
function leadersCounterpart(named: readonly TitleMention[], at: number): boolean {
  const owner = [...named].reverse().find((mention) => mention.end <= at);
  return owner === undefined || isLeader(owner.entity);
}

function resolveTitle(title: string, qualifier: string | null, entities: Entities, countries: Countries, earlier: readonly TitleMention[], at: number): Entity | null {
  const head = keyOf(title);
  if (head === 'leader' && qualifier) {
    const leader = leaderOfQualifier(qualifier, entities, countries);
    if (leader) return leader;
  }
  const holders = entities.people().filter((person) => person.roles.some((role) => titleMatches(keyOf(role.title), head)));
  if (holders.length === 0) return qualifier ? claimQualifiedTitle(title, qualifier, entities, countries) : claimLeaderTitle(title, entities);
  let candidates = holders;
  if (qualifier) {
    const country = countries.resolve(qualifier);
    if (!country) return null;
    const ofCountry = holders.filter((person) => person.roles.some((role) => role.of !== null && (role.of === country || isDemonymOf(qualifier, role.of))));
    candidates = ofCountry.length > 0 ? ofCountry : holders.filter((person) => person.roles.every((role) => role.of === null));
    if (candidates.length === 1 && !candidates[0]?.country) (candidates[0] as Entity).country = country;
    const role = candidates[0]?.roles.find((candidateRole) => titleMatches(keyOf(candidateRole.title), head));
    if (candidates.length === 1 && role && !role.of) role.of = country;
  }
  if (candidates.length <= 1) return candidates[0] ?? null;
  const recent = [...earlier].reverse().find((mention) => mention.start < at && candidates.includes(mention.entity));
  return recent?.entity ?? candidates[0] ?? null;
}

/**
 * "the Philippine leader", "the Kelvari leader": the head of state or government of that
 * country, or, when the article places none there, its one leader not yet placed.
 */
function leaderOfQualifier(qualifier: string, entities: Entities, countries: Countries): Entity | null {
  const country = countries.resolve(qualifier);
  if (!country) return null;
  const placed = leaderOf(country, entities);
  if (placed) return placed;
  const leaders = entities.people().filter(isLeader);
  if (leaders.some((person) => person.country === country)) return null;
  const unplaced = leaders.filter((person) => !person.country && person.roles.every((role) => role.of === null || role.of === country));
  const [person] = unplaced;
  if (!person || unplaced.length !== 1) return null;
  person.country = country;
  for (const role of person.roles) if (isLeaderRole(role.title, null)) role.of ??= country;
  return person;
}

/** "Mark Carney is going back …" then "The Canadian prime minister will …": the title and its country go to the person the story leads with. */
function claimQualifiedTitle(title: string, qualifier: string, entities: Entities, countries: Countries): Entity | null {
  const country = countries.resolve(qualifier);
  if (!country) return null;
  const person = claimLeaderTitle(title, entities);
  if (!person || (person.country && person.country !== country)) return person;
  person.country = country;
  for (const role of person.roles) role.of ??= country;
  return person;
}

function titleMatches(roleTitle: string, head: string): boolean {
  if (/\b(?:vice|deputy|former)\b/.test(roleTitle)) return false;
  if (head === 'minister' && /prime minister$/.test(roleTitle)) return false;
  return roleTitle === head || roleTitle.endsWith(` ${head}`);
}
