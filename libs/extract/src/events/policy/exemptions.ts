import type { Entity } from '../../people/entities';
import { announcer, countryOf } from './actors';
import { isTariff, type Draft } from './drafts';
import type { Reading } from './find-policy-actions';
import { EXEMPTION, measureDates } from './policy-cues';

const EXEMPT_OBJECT = /\bexempt(?:s|ed|ing)?\s+(?!from\b)(.+?)\s+from\b/i;
const EXEMPT_SUBJECT = /(?:^|\bthat\s+|,\s+)([^,;]+?)\s+(?:would|will|are|is|were|was|should)\s+(?:also\s+)?(?:be\s+)?exempt\b/i;
/** "…, a change that took effect on Saturday": the exemption, not the tariff, took effect. */
const CHANGE_TOOK_EFFECT = /,\s+(?:a|the)\s+(?:change|move|decision|exemption)\s+that\s+took\s+effect\b/i;

/**
 * "agreed to exempt Sardovan grain from the 20% tariff", "non-alcoholic beer would be
 * exempt from the 12 per cent levy from 1 January": an exemption from the tariff the
 * sentence names (or the latest one), by the country that imposes it. A later sentence
 * about "the exemption" only adds what the first did not say.
 */
export function addExemption(reading: Reading, text: string, subject: Entity | null, measures: readonly Draft[]): void {
  const target = (EXEMPT_OBJECT.exec(text)?.[1] ?? EXEMPT_SUBJECT.exec(text)?.[1] ?? '').replace(/^(?:that|also)\s+/i, '').trim() || null;
  const exemptAt = Math.max(0, text.search(EXEMPTION));
  const dates = measureDates(text.slice(exemptAt), reading.publishedAt);
  const inForce = CHANGE_TOOK_EFFECT.test(text);
  const earlier = [...reading.drafts].reverse().find((draft) => draft.kind === 'exemption');
  if (!target || (earlier && earlier.target === target)) {
    if (earlier) earlier.effectiveDate ??= dates.effective ?? null;
    return;
  }
  const cause = measures[measures.length - 1] ?? [...reading.drafts].reverse().find(isTariff) ?? null;
  const actor = cause?.actor ?? countryOf(subject);
  reading.drafts.push({
    kind: 'exemption',
    actor,
    announcedBy: announcer(subject, actor),
    target,
    ratePercent: null,
    effectiveDate: dates.effective ?? null,
    status: inForce ? 'in_force' : 'announced',
    inResponseTo: cause,
  });
}
