import {
  inferPersonKind,
  isDescriptiveAlias,
  nameKey,
  toStoredValue,
  type EventKind,
  type ExtractedCall,
  type ExtractedMeeting,
  type ExtractedPerson,
  type ExtractedPolicyAction,
  type ExtractedRole,
  type PersonKind,
} from '@parley/domain';

/**
 * The rules that decide how an article's facts merge into the graph, shared by the SQLite
 * merge (hand-written SQL) and the PostgreSQL one (Prisma), so both engines merge alike.
 */

const GROUP_NAME = /^(the\s+)?([a-z]+\s+)*(premiers|ministers|leaders|governors|cabinet|delegation|negotiators|officials|members)\b/i;

/** A participant or speaker the article names without declaring ("premiers of Canada"). */
export function undeclared(name: string): ExtractedPerson {
  const kind: PersonKind = GROUP_NAME.test(name) ? 'group' : inferPersonKind(name);
  return { name, aliases: [], roles: [], kind };
}

/** The keys of the aliases that carry a name ("U.S. President Donald Trump"), by which a person is found. */
export function namingAliasKeys(person: ExtractedPerson): string[] {
  return person.aliases.filter((alias) => !isDescriptiveAlias(alias, person.name) && alias.trim().includes(' ')).map(nameKey);
}

/** The aliases an article reports for a person, by key, other than the person's name. */
export function reportedAliases(person: ExtractedPerson): Map<string, string> {
  const reported = new Map<string, string>();
  for (const alias of person.aliases) {
    const key = nameKey(alias);
    if (key && key !== nameKey(person.name) && !reported.has(key)) reported.set(key, alias.trim());
  }
  return reported;
}

/** The columns of a new person. */
export function newPerson(person: ExtractedPerson) {
  return { name: person.name.trim(), nameKey: nameKey(person.name), kind: toStoredValue(person.kind ?? inferPersonKind(person.name)) };
}

/** The first of `base`, `base-2`, `base-3`, … that no one holds. */
export function freeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}-${suffix}`)) suffix += 1;
  return `${base}-${suffix}`;
}

/** The slugs that could collide with `base`: itself and every `base-…`, as a range an index answers. */
export function slugRange(base: string): { from: string; below: string } {
  return { from: `${base}-`, below: `${base}.` };
}

export interface StoredRole {
  since: string | null;
  until: string | null;
  current: boolean;
}

/** What a role the graph holds learns from the same role reported again, or null when nothing. */
export function roleChange(same: StoredRole, role: ExtractedRole): StoredRole | null {
  const since = role.since ?? null;
  const until = role.until ?? null;
  const ended = same.current && !role.current;
  if ((since && !same.since) || (until && !same.until) || ended) {
    return { since: same.since ?? since, until: same.until ?? until, current: same.current && role.current };
  }
  return null;
}

const STATUS_RANK = { held: 3, cancelled: 2, planned: 1, expected: 0 } as const;

export interface StoredEventDetails {
  initiatorId: number | null;
  medium: string | null;
  time: string | null;
  location: string | null;
  status: string;
}

/** What an event the graph holds becomes when another article reports it: gaps filled, the firmer status kept. */
export function mergedEventDetails(same: StoredEventDetails, event: ExtractedCall | ExtractedMeeting, initiatorId: number | null): StoredEventDetails {
  const keptStatus = same.status.toLowerCase() as keyof typeof STATUS_RANK;
  return {
    initiatorId: same.initiatorId ?? initiatorId,
    medium: same.medium ?? (event.medium ? toStoredValue(event.medium) : null),
    time: same.time ?? event.time ?? null,
    location: same.location ?? event.location ?? null,
    status: STATUS_RANK[event.status] > STATUS_RANK[keptStatus] ? toStoredValue(event.status) : same.status,
  };
}

/** The columns of a new call or meeting. */
export function newEventDetails(kind: EventKind, event: ExtractedCall | ExtractedMeeting, initiatorId: number | null) {
  return {
    kind: toStoredValue(kind),
    date: event.date,
    time: event.time ?? null,
    medium: event.medium ? toStoredValue(event.medium) : null,
    status: toStoredValue(event.status),
    location: event.location ?? null,
    summary: event.note ?? null,
    initiatorId,
  };
}

/** Two reports of an action name the same target, or at least one names none. */
export function sameTarget(stored: string | null, reported: string | null): boolean {
  return !stored || !reported || nameKey(stored) === nameKey(reported);
}

/** Whether a policy action can be matched to one the graph holds at all. */
export function identifiable(action: ExtractedPolicyAction): boolean {
  return action.ratePercent !== null || action.effectiveDate !== null || action.target !== null;
}
