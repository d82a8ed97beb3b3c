import { findDatePhrases, type IsoDate, type PolicyActionStatus } from '@parley/domain';

const CONDITION = /\b(?:unless|if|until|could|might|whether|not|never|no)\b[^,;]*$/i;
export const RETALIATION = /\bretaliat|\bcountermeasure|\bcounter-tariff|\bin response\b|\bhit(?:ting|s)? back\b|\b(?:answer|respond)(?:ed|s|ing)?\b[^.;]{0,40}\bwith\b|\bmeasure for measure\b|\bin kind\b/i;
export const EXEMPTION = /\bexempt(?:s|ed|ing|ion|ions)?\b/i;
const DELAY = /\b(?:postpone[sd]?|postponing|postponement|delay(?:s|ed|ing)?|put(?:s|ting)? off|pushed back|push(?:es)? back|defer(?:s|red)?|suspend(?:s|ed)?|pause[sd]?|put on ice|shelve[sd]?|on hold)\b/i;
const WITHDRAWAL = /\b(?:scrap(?:s|ped|ping)?|withdr[ae]wn?|withdraws?|drop(?:s|ped)?|lift(?:s|ed)?|remov(?:e|es|ed|ing)|abandon(?:s|ed)?|rescind(?:s|ed)?|revoke[sd]?)\b/i;
const THREAT = /\bthreat|\bwarn|\bunless\b|\bcould\b|\bconsider|\bstudying\b|\bprepared to\b|\bready to\b|\bfloated\b|\bproposed\b/i;
const IN_FORCE = /\b(?:in force|in place|took effect|has been imposed|have been imposed|imposed|placed|remains?|existing)\b/i;
const EFFECTIVE = /\b(?:from|starting(?:\s+on)?|effective|as of|take effect on|takes effect on|took effect on|come into force on|came into force on|apply from|applies from|in force since|since|due to take effect on|due to take effect|been due to take effect on)\s+$/i;
const PAST_EFFECTIVE = /\b(?:since|took effect on|came into force on|in force since)\s+$/i;
const NEW_DATE = /\b(?:until|to|now apply from|now applies from|will now take effect on|now take effect on|now start on|pushed back to|giving negotiators until)\s+$/i;
const ORIGINAL_DATE = /\b(?:had been due to take effect on|had been due to take effect|was due to take effect on|were due to take effect on|had been scheduled for|had been due on|was due on)\s+$/i;

/** "postpone", "put off", "push back": a delay with (perhaps) a new date, not a suspension. */
const POSTPONEMENT = /\b(?:postpone[sd]?|postponing|postponement|delay(?:s|ed|ing)?|put(?:s|ting)? off|pushed back|push(?:es)? back|defer(?:s|red)?)\b/i;

export function isPostponement(clause: string): boolean {
  return POSTPONEMENT.test(clause);
}

export function isDelay(clause: string): boolean {
  return DELAY.test(clause) && !CONDITION.test(clause.slice(0, DELAY.exec(clause)?.index ?? 0));
}

/** "will scrap its tariff", "has withdrawn its threat" — but not "unless Sardova scraps its levy". */
export function isWithdrawal(clause: string): boolean {
  const match = WITHDRAWAL.exec(clause);
  return match !== null && !CONDITION.test(clause.slice(0, match.index));
}

export function statusOf(clause: string): PolicyActionStatus {
  if (isWithdrawal(clause)) return 'withdrawn';
  if (isDelay(clause)) return 'delayed';
  if (THREAT.test(clause)) return 'threatened';
  if (IN_FORCE.test(clause)) return 'in_force';
  return 'announced';
}

type DateRole = 'effective' | 'new' | 'original';

const ROLES: ReadonlyArray<[DateRole, RegExp]> = [
  ['original', ORIGINAL_DATE],
  ['new', NEW_DATE],
  ['effective', EFFECTIVE],
];

/** The exact dates of a text that a measure takes effect on, as "from", "until" or "had been due to take effect on" introduce them. */
export function measureDates(text: string, publishedAt: IsoDate | null): Partial<Record<DateRole, IsoDate>> {
  const found: Partial<Record<DateRole, IsoDate>> = {};
  if (!publishedAt) return found;
  for (const phrase of findDatePhrases(text)) {
    if (phrase.precision !== 'exact') continue;
    const lead = text.slice(Math.max(0, phrase.start - 40), phrase.start);
    const role = ROLES.find(([, pattern]) => pattern.test(lead))?.[0];
    if (!role || found[role]) continue;
    const date = phrase.resolve(publishedAt, PAST_EFFECTIVE.test(lead) ? 'past' : 'future');
    if (date) found[role] = date;
  }
  return found;
}
