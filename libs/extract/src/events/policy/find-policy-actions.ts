import type { ExtractedPolicyAction, IsoDate } from '@parley/domain';
import type { Countries } from '../../people/countries';
import type { Entity } from '../../people/entities';
import type { Mention } from '../../people/mentions';
import type { ResolvedMentions } from '../../people/resolve';
import type { ArticleDocument } from '../../text/document';
import type { Sentence } from '../../text/sentences';
import { clauseEnd, clauseStart } from '../event-clauses';
import type { FoundMeeting } from '../meetings';
import { isLeader } from '../../people/title-mentions';
import { ActorFinder, announcer, countryOf } from './actors';
import { isTariff, linkRetaliation, toPolicyActions, type Draft } from './drafts';
import { addExemption } from './exemptions';
import { findMeasures, type Measure } from './measures';
import { EXEMPTION, isPostponement, measureDates, RETALIATION, statusOf } from './policy-cues';

const MAY_HOLD_POLICY = /\b(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|countermeasures|counter-tariffs?|exempt\w*|talks|negotiat\w*)\b/i;
/** Words that give a delayed tariff its dates in a sentence that does not name it. */
const LATER_DATES = /\b(?:now|due|scheduled|until|pushed)\b/;
const RETALIATORY_WORDS = /\b(?:retaliatory|counter)/i;
const CUE_OBJECT = /^[^,;]{0,12}?\b(?:at|against|to)\s+/;
const SAME_TARGET = /^the\s+same\b/i;
const NEGOTIATION = /\b(?:talks|negotiations)\b[^.;]{0,60}\b(?:open|opening|begin|began|start|launch|resume|hold|held|holding)\b|\b(?:open|opening|begin|began|start|launch|resume|hold|held|holding)\b[^.;]{0,40}\b(?:talks|negotiations)\b|\b(?:first round of|technical|formal)\s+talks\b|\bnegotiators\b[^.;]{0,60}\bmeet\b/i;
const NEGOTIATION_OVER = /\b(?:collapsed|broke down|failed|stalled|ended)\b/i;

/** What reading the article's sentences shares. */
export interface Reading {
  narrative: string;
  publishedAt: IsoDate | null;
  actors: ActorFinder;
  drafts: Draft[];
}

/**
 * Tariffs and the measures around them: tariffs, retaliation, exemptions, delays and
 * negotiations, each with its actor, who announced it, its target, rate, effective date
 * and how far it has gone. A later mention ("the tariff", "the levy") updates the action
 * it names; a delay keeps the original `delayed` and adds a `delay` with the new date.
 */
export function findPolicyActions(document: ArticleDocument, resolved: ResolvedMentions, countries: Countries, publishedAt: IsoDate | null, meetings: readonly FoundMeeting[]): ExtractedPolicyAction[] {
  const reading: Reading = { narrative: document.narrative, publishedAt, actors: new ActorFinder(document.narrative, countries), drafts: [] };
  if (!MAY_HOLD_POLICY.test(document.narrative)) return [];
  document.sentences.forEach((sentence, index) => {
    const text = reading.narrative.slice(sentence.start, sentence.end);
    if (!MAY_HOLD_POLICY.test(text) && !LATER_DATES.test(text)) return;
    const subject = resolved.subjects[index] ?? null;
    const mentions = resolved.bySentence[index] ?? [];
    const found = findMeasures(reading.narrative, sentence);
    const measures = found.flatMap((measure) => readMeasure(reading, sentence, measure, mentions, subject) ?? []);
    if (EXEMPTION.test(text)) addExemption(reading, text, subject, measures);
    if (found.length === 0 && LATER_DATES.test(text)) applyLaterDates(reading, text);
    if (/talks|negotiat/.test(text) && NEGOTIATION.test(text) && !NEGOTIATION_OVER.test(text)) addNegotiation(reading, subject);
  });
  for (const meeting of meetings) if (!meeting.participants.some(isLeader)) addNegotiation(reading, meeting.participants.find((person) => countryOf(person)) ?? null, meeting.participants);
  linkRetaliation(reading.drafts);
  return toPolicyActions(reading.drafts);
}

function readMeasure(reading: Reading, sentence: Sentence, measure: Measure, mentions: readonly Mention[], subject: Entity | null): Draft | null {
  const { narrative, drafts } = reading;
  const from = clauseStart(narrative, sentence.start, measure.start);
  const end = clauseEnd(narrative, measure.end, sentence.end);
  const clause = narrative.slice(from, end);
  const rest = narrative.slice(measure.end, sentence.end);
  const exemption = EXEMPTION.test(narrative.slice(sentence.start, sentence.end));
  const latest = [...drafts].reverse().find(isTariff);
  const sameTarget = measure.target !== null && SAME_TARGET.test(measure.target) ? latest : undefined;
  const actor = sameTarget?.actor ?? reading.actors.actorOf(measure, from, mentions, subject);
  const rate = measure.rate ?? (measure.sameRate ? (drafts[drafts.length - 1]?.ratePercent ?? null) : null);
  const status = exemption ? (/\bin force\b|\bimposed\b/.test(narrative.slice(measure.end, end)) ? 'in_force' : null) : statusOf(clause);
  const existing = sameMeasure(drafts, measure, actor, rate);
  const reported = measure.definite || /^the\b/i.test(narrative.slice(measure.start, measure.end)) || status === 'in_force';
  const draft = existing ?? (rate !== null || (measure.target && !measure.definite) ? newDraft(reading, actor, rate, sameTarget?.target ?? measure.target, reported ? null : subject) : null);
  if (!draft) return null;
  draft.actor ??= actor;
  draft.target ??= measure.target;
  const settled = draft.status === 'withdrawn' || draft.status === 'delayed';
  if (status && (status !== 'announced' || !existing) && !settled) draft.status = status;
  if (!existing && (RETALIATORY_WORDS.test(narrative.slice(measure.start, measure.end)) || retaliationBefore(narrative.slice(from, measure.start)))) draft.kind = 'retaliatory_tariff';
  const dates = measureDates(rest, reading.publishedAt);
  if (status !== 'withdrawn' && !exemption) draft.effectiveDate ??= dates.original ?? dates.effective ?? null;
  if (draft.status === 'delayed' && status === 'delayed' && isPostponement(clause)) addDelay(reading, draft, dates.new ?? null, subject);
  return draft;
}

function newDraft(reading: Reading, actor: string | null, rate: number | null, target: string | null, subject: Entity | null): Draft {
  const draft: Draft = { kind: 'tariff', actor, announcedBy: announcer(subject, actor), target, ratePercent: rate, effectiveDate: null, status: 'announced', inResponseTo: null };
  reading.drafts.push(draft);
  return draft;
}

/** "hitting back at a Sardovan levy" names the levy answered, not the answer. */
function retaliationBefore(lead: string): boolean {
  const cue = RETALIATION.exec(lead);
  return cue !== null && !CUE_OBJECT.test(lead.slice(cue.index + cue[0].length));
}

function sameMeasure(drafts: readonly Draft[], measure: Measure, actor: string | null, rate: number | null): Draft | undefined {
  const tariffs = [...drafts].reverse().filter(isTariff);
  const actorFits = (draft: Draft) => actor === null || draft.actor === null || draft.actor === actor;
  if (rate !== null) return tariffs.find((draft) => draft.ratePercent === rate && actorFits(draft));
  if (!measure.definite) return undefined;
  return tariffs.find((draft) => actor !== null && draft.actor === actor) ?? (actor === null ? tariffs[0] : undefined);
}

function addDelay(reading: Reading, original: Draft, newDate: IsoDate | null, subject: Entity | null): void {
  const existing = reading.drafts.find((draft) => draft.kind === 'delay' && draft.inResponseTo === original);
  if (existing) {
    existing.effectiveDate ??= newDate;
    return;
  }
  reading.drafts.push({ ...original, kind: 'delay', announcedBy: announcer(subject, original.actor) ?? original.announcedBy, effectiveDate: newDate, status: 'announced', inResponseTo: original });
}

/** "It will now apply from August 1", "The higher rates, which had been due to take effect on July 1, …": dates of the delayed tariff. */
function applyLaterDates(reading: Reading, text: string): void {
  const dates = measureDates(text, reading.publishedAt);
  const delayed = [...reading.drafts].reverse().find((draft) => draft.status === 'delayed');
  if (!delayed) return;
  if (dates.original) delayed.effectiveDate ??= dates.original;
  const delay = reading.drafts.find((draft) => draft.kind === 'delay' && draft.inResponseTo === delayed);
  if (delay && dates.new) delay.effectiveDate ??= dates.new;
}

function addNegotiation(reading: Reading, subject: Entity | null, people: readonly Entity[] = []): void {
  const actor = countryOf(subject) ?? reading.actors.mainCountry();
  const same = reading.drafts.find((draft) => draft.kind === 'negotiation' && (draft.actor === actor || actor === null));
  const participants = people.map((person) => person.name);
  if (same) {
    if (participants.length > 0) same.participants ??= participants;
    return;
  }
  const announcedBy = people.length > 0 ? null : announcer(subject, actor);
  reading.drafts.push({ kind: 'negotiation', actor, announcedBy, target: null, ratePercent: null, effectiveDate: null, status: 'announced', inResponseTo: null, ...(participants.length > 0 ? { participants } : {}) });
}
