/**
 * The value sets of Parley's domain, spelled as the extraction format spells them
 * (lower snake case). The database and the GraphQL API use the same values in upper
 * case; `toStoredValue` / `fromStoredValue` convert between the two spellings.
 */

export const CHANNELS = [
  'remarks_to_reporters',
  'press_statement',
  'social_media_post',
  'interview',
  'speech',
  'campaign_event',
  'press_conference',
  'phone_call',
  'unknown',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const STATEMENT_KINDS = ['direct', 'paraphrase'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export const EVENT_KINDS = ['call', 'meeting'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_MEDIA = ['phone', 'video', 'in_person'] as const;
export type EventMedium = (typeof EVENT_MEDIA)[number];

export const EVENT_STATUSES = ['held', 'planned', 'expected', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const POLICY_ACTION_KINDS = [
  'tariff',
  'retaliatory_tariff',
  'exemption',
  'delay',
  'negotiation',
] as const;
export type PolicyActionKind = (typeof POLICY_ACTION_KINDS)[number];

export const POLICY_ACTION_STATUSES = [
  'threatened',
  'announced',
  'in_force',
  'delayed',
  'withdrawn',
] as const;
export type PolicyActionStatus = (typeof POLICY_ACTION_STATUSES)[number];

/** What a role makes its holder: leaders hold head-of-state, head-of-government or minister roles. */
export const ROLE_KINDS = [
  'head_of_state',
  'head_of_government',
  'minister',
  'party_leader',
  'legislator',
  'official',
  'other',
] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

export const LEADER_ROLE_KINDS: readonly RoleKind[] = ['head_of_state', 'head_of_government', 'minister'];

/**
 * Who or what a speaker is: most are individuals; readouts and spokespeople speak for an
 * institution ("Foreign Ministry of Pellavia (spokesperson)"); some sources are anonymous;
 * some participants are groups ("premiers of Canada").
 */
export const PERSON_KINDS = ['individual', 'institution', 'anonymous', 'group'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

export const ORGANISATION_KINDS = [
  'party',
  'ministry',
  'cabinet',
  'office',
  'legislature',
  'company',
  'association',
  'institute',
  'international',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** `remarks_to_reporters` → `REMARKS_TO_REPORTERS`, the spelling of the database and the API. */
export function toStoredValue<T extends string>(value: T): Uppercase<T> {
  return value.toUpperCase() as Uppercase<T>;
}

/** `REMARKS_TO_REPORTERS` → `remarks_to_reporters`, checked against the value set. */
export function fromStoredValue<T extends string>(values: readonly T[], stored: string): T {
  const value = stored.toLowerCase();
  if (!isOneOf(values, value)) {
    throw new RangeError(`"${stored}" is not one of ${values.join(', ')}`);
  }
  return value;
}

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
