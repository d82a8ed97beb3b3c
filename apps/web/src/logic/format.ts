const LABELS: Record<string, string> = {
  CAMPAIGN_EVENT: 'Campaign event',
  INTERVIEW: 'Interview',
  PHONE_CALL: 'During a call',
  PRESS_CONFERENCE: 'Press conference',
  PRESS_STATEMENT: 'Press statement',
  REMARKS_TO_REPORTERS: 'Remarks to reporters',
  SOCIAL_MEDIA_POST: 'Social-media post',
  SPEECH: 'Speech',
  UNKNOWN: 'Channel unknown',
  PHONE: 'Phone',
  VIDEO: 'Video',
  IN_PERSON: 'In person',
  HELD: 'Held',
  PLANNED: 'Planned',
  EXPECTED: 'Expected',
  CANCELLED: 'Cancelled',
  DIRECT: 'Direct quote',
  PARAPHRASE: 'Paraphrase',
  TARIFF: 'Tariff',
  RETALIATORY_TARIFF: 'Retaliatory tariff',
  EXEMPTION: 'Exemption',
  DELAY: 'Delay',
  NEGOTIATION: 'Negotiation',
  ANNOUNCED: 'Announced',
  DELAYED: 'Delayed',
  IN_FORCE: 'In force',
  THREATENED: 'Threatened',
  WITHDRAWN: 'Withdrawn',
};

/** The reader's word for an API enum value. */
export function label(value: string | null | undefined): string {
  if (!value) return '';
  return LABELS[value] ?? value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');
}

/** A day as "28 Mar 2025"; "date unknown" when the reports name none. */
export function formatDay(date: string | null | undefined): string {
  if (!date) return 'date unknown';
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export const CHANNELS = ['REMARKS_TO_REPORTERS', 'PRESS_STATEMENT', 'SOCIAL_MEDIA_POST', 'INTERVIEW', 'SPEECH', 'PRESS_CONFERENCE', 'CAMPAIGN_EVENT', 'PHONE_CALL', 'UNKNOWN'] as const;

/** The route of a node the explorer has a page for. */
export const paths = {
  person: (slug: string) => `/people/${encodeURIComponent(slug)}`,
  call: (id: string) => `/calls/${encodeURIComponent(id)}`,
  meeting: (id: string) => `/meetings/${encodeURIComponent(id)}`,
  article: (id: string) => `/articles/${encodeURIComponent(id)}`,
  action: (id: string) => `/actions/${encodeURIComponent(id)}`,
};
