import { nameKey } from './names';
import type { OrganisationKind, PersonKind, RoleKind } from './values';

/**
 * What a role's "of" names: a country ("Canada") or an organisation ("Liberal Party",
 * "Halden Institute"), recognised by the words organisations carry in their names.
 */
export type Affiliation = { type: 'country' } | { type: 'organisation'; kind: OrganisationKind };

const ORGANISATION_WORDS: ReadonlyArray<[RegExp, OrganisationKind]> = [
  [/\b(party|league|alliance|union|democrats|republicans|front|movement|coalition|caucus)\b/, 'party'],
  [/\b(ministry|department|treasury|exchequer)\b/, 'ministry'],
  [/\b(cabinet|government)\b/, 'cabinet'],
  [/\b(office|presidency|chancellery|white house|kremlin|elysee|downing street)\b/, 'office'],
  [/\b(parliament|congress|senate|assembly|house of|diet|bundestag)\b/, 'legislature'],
  [/\b(bank|capital|group|inc|ltd|corp|corporation|company|motors|holdings)\b/, 'company'],
  [/\b(association|federation|chamber|council|guild|confederation)\b/, 'association'],
  [/\b(institute|university|college|school|centre|center|foundation|think tank)\b/, 'institute'],
  [/\b(united nations|nato|european union|world trade organization|wto|imf|g7|g20|opec)\b/, 'international'],
];

/** Countries whose names hold an organisation word. */
const COUNTRY_NAMES_WITH_ORGANISATION_WORDS = new Set(['united states', 'united kingdom', 'soviet union']);

export function classifyAffiliation(name: string): Affiliation {
  const key = nameKey(name);
  if (COUNTRY_NAMES_WITH_ORGANISATION_WORDS.has(key.replace(/^the /, ''))) return { type: 'country' };
  for (const [pattern, kind] of ORGANISATION_WORDS) {
    if (pattern.test(key)) return { type: 'organisation', kind };
  }
  return { type: 'country' };
}

const HEAD_OF_GOVERNMENT = /\b(prime minister|premier|chancellor|taoiseach|first minister|head of government)\b/;
const HEAD_OF_STATE = /\b(president|king|queen|monarch|emperor|emir|sultan|head of state|governor[- ]general)\b/;
const MINISTER = /\b(minister|secretary|attorney general)\b/;
const PARTY_LEADER = /\b(leader|chair(man|woman|person)?)\b/;
const LEGISLATOR = /\b(senator|member of parliament|mp|representative|congress(wo)?man|lawmaker|deputy)\b/;
const OFFICIAL = /\b(spokes(person|man|woman)|ambassador|envoy|governor|mayor|official|negotiator|adviser|advisor|director|commissioner)\b/;

/**
 * The kind of a role from its title and what it is of. A president of a country is its
 * head of state; a president of a federation is not; a vice-president is not either.
 */
export function classifyRole(title: string, of: string | null): RoleKind {
  const key = nameKey(title);
  const ofCountry = of !== null && classifyAffiliation(of).type === 'country';
  const vice = /\b(vice|deputy)[- ]/.test(key);
  if (!vice && HEAD_OF_GOVERNMENT.test(key) && (ofCountry || of === null)) return 'head_of_government';
  if (!vice && HEAD_OF_STATE.test(key) && (ofCountry || of === null)) return 'head_of_state';
  if (MINISTER.test(key) && !/\bgeneral secretary\b/.test(key)) return 'minister';
  if (PARTY_LEADER.test(key) && of !== null && isParty(of)) return 'party_leader';
  if (LEGISLATOR.test(key)) return 'legislator';
  if (OFFICIAL.test(key) || vice) return 'official';
  return 'other';
}

function isParty(name: string): boolean {
  const affiliation = classifyAffiliation(name);
  return affiliation.type === 'organisation' && affiliation.kind === 'party';
}

const ANONYMOUS_SPEAKER = /\(anonymous\)|\banonymous\b/i;
const INSTITUTIONAL_SPEAKER = /\((spokes(person|man|woman)|readout|statement)\)|^(office|presidency|ministry|department|embassy|cabinet|government|foreign ministry|finance ministry)\b|\b(ministry|presidency|office of)\b/i;

/** Whether a speaker's name denotes one person, an institution or an anonymous source. */
export function inferPersonKind(name: string): PersonKind {
  if (ANONYMOUS_SPEAKER.test(name)) return 'anonymous';
  if (INSTITUTIONAL_SPEAKER.test(name)) return 'institution';
  return 'individual';
}
