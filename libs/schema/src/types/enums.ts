import {
  Channel,
  EventMedium,
  EventStatus,
  OrganisationKind,
  PersonKind,
  PolicyActionKind,
  PolicyActionStatus,
  RoleKind,
  StatementKind,
} from '@parley/db';
import { builder } from '../builder';

export const ChannelEnum = builder.enumType(Channel, {
  name: 'Channel',
  description: 'Where words were said: to reporters, in a press statement, a social-media post, an interview, a speech, at a campaign event, a press conference, during a call, or not said.',
});
export const StatementKindEnum = builder.enumType(StatementKind, {
  name: 'StatementKind',
  description: 'DIRECT: the exact words, inside quotation marks. PARAPHRASE: the article’s rendering of them.',
});
export const EventMediumEnum = builder.enumType(EventMedium, { name: 'EventMedium', description: 'How the participants met: by phone, by video, in person.' });
export const EventStatusEnum = builder.enumType(EventStatus, {
  name: 'EventStatus',
  description: 'HELD: it took place. PLANNED: arranged for a date. EXPECTED: announced as likely. CANCELLED: called off.',
});
export const PolicyActionKindEnum = builder.enumType(PolicyActionKind, { name: 'PolicyActionKind' });
export const PolicyActionStatusEnum = builder.enumType(PolicyActionStatus, { name: 'PolicyActionStatus' });
export const RoleKindEnum = builder.enumType(RoleKind, {
  name: 'RoleKind',
  description: 'What a role makes its holder. Leaders hold or held HEAD_OF_STATE, HEAD_OF_GOVERNMENT or MINISTER roles.',
});
export const PersonKindEnum = builder.enumType(PersonKind, {
  name: 'PersonKind',
  description: 'INDIVIDUAL: one person. INSTITUTION: an office or ministry speaking as a body. ANONYMOUS: an unnamed source. GROUP: several people named together.',
});
export const OrganisationKindEnum = builder.enumType(OrganisationKind, { name: 'OrganisationKind' });

export const SortOrderEnum = builder.enumType('SortOrder', {
  description: 'The order of a list by date. Items without a date come last either way.',
  values: {
    NEWEST_FIRST: { value: 'desc' },
    OLDEST_FIRST: { value: 'asc' },
  } as const,
});
