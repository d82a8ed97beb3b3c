import { classifyRole } from '@parley/domain';
import type { Countries } from './countries';
import type { Entities, Entity } from './entities';
import { LEADER_TITLES } from './lexicon';
import { titleCase } from './roles';

const LEADER_KINDS = ['head_of_state', 'head_of_government'];
/** The two countries a bilateral story is about: the ones it names most. */
const SIDES = 2;
/** Titles already classified: the same few are asked about for every mention of every person. */
const leaderTitles = new Map<string, boolean>();
const KNOWN_TITLES_LIMIT = 4096;

/** Whether a title (of a country) is a head of state's or government's. */
export function isLeaderRole(title: string, of: string | null): boolean {
  const key = `${title}\u0000${of ?? ''}`;
  let leader = leaderTitles.get(key);
  if (leader === undefined) {
    if (leaderTitles.size >= KNOWN_TITLES_LIMIT) leaderTitles.clear();
    leader = LEADER_KINDS.includes(classifyRole(title, of));
    leaderTitles.set(key, leader);
  }
  return leader;
}

/** The one head of state or government the article gives a country. */
export function leaderOf(country: string | null, entities: Entities): Entity | null {
  if (!country) return null;
  const leaders = entities.people().filter((person) => person.roles.some((role) => role.current && role.of === country && isLeaderRole(role.title, role.of)));
  return leaders.length === 1 ? (leaders[0] ?? null) : null;
}

/** A head of state or government in office. */
export function isLeader(entity: Entity): boolean {
  return entity.roles.some((role) => role.current && isLeaderRole(role.title, role.of));
}

/**
 * "President Ana Vos" with no country, in a story about Brastova and Sardova whose other
 * leader is Sardova's: she leads Brastova. Only when exactly one leader lacks a country
 * and exactly one of the two sides lacks a leader.
 */
export function inferLeaderCountries(entities: Entities, countries: Countries): void {
  const leaders = entities.people().filter(isLeader);
  const unplaced = leaders.filter((person) => !person.country && person.roles.every((role) => role.of === null));
  if (unplaced.length !== 1) return;
  const led = new Set(leaders.flatMap((person) => (person.country ? [person.country] : [])));
  const leaderless = countries.mostNamed(SIDES).filter((country) => !led.has(country));
  const [person] = unplaced;
  const [country] = leaderless;
  if (!person || !country || leaderless.length !== 1) return;
  person.country = country;
  for (const role of person.roles) if (isLeaderRole(role.title, null)) role.of = country;
}

/**
 * "the prime minister" when no one named holds that title, in a story that names a leader
 * only as someone's counterpart ("his Sardovan counterpart, Ana Vos"): she is the prime
 * minister. Returns the one person without a title from a country with no leader named,
 * given the title; failing that, the person the story names first, when it gives them no
 * title ("Colm Avery vowed yesterday …" … "the Prime Minister told workers").
 */
export function claimLeaderTitle(title: string, entities: Entities): Entity | null {
  const key = title.toLowerCase();
  if (!LEADER_TITLES.includes(key)) return null;
  const led = new Set(entities.people().flatMap((person) => person.roles.filter((role) => role.current && role.of && isLeaderRole(role.title, role.of)).map((role) => role.of)));
  const untitled = entities.people().filter((person) => person.roles.length === 0 && person.country !== null && !led.has(person.country));
  const [person] = untitled.length > 0 ? untitled : leadingUntitled(entities);
  if (!person || untitled.length > 1) return null;
  person.roles.push({ title: titleCase(key), of: person.country, current: true });
  return person;
}

function leadingUntitled(entities: Entities): Entity[] {
  const [first] = entities.people();
  return first && first.roles.length === 0 && first.country === null ? [first] : [];
}
