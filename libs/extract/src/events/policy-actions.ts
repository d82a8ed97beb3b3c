import type { ExtractedPolicyAction, IsoDate, PolicyActionKind, PolicyActionStatus } from '@parley/domain';
import { findDatePhrases } from '@parley/domain';
import type { Countries } from '../people/countries';
import type { ResolvedMentions } from '../people/resolve';
import type { ArticleDocument } from '../text/document';

const RATE = /\b(up to\s+)?(\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)\s+(?:retaliatory\s+)?(?:tariffs?|duty|duties|levy|levies)?\s*(?:on\s+((?:[\p{L}’'-]+\s+){0,6}?[\p{L}’'-]+))?(?=[,.;]|\s+(?:from|starting|effective|unless|by|in|that|which|when|if|and\s+(?:a|an|the))\b|$)/giu;
const TARIFF_WORD = /\b(?:tariffs?|dut(?:y|ies)|levy|levies)\b/i;
const EFFECTIVE = /\b(?:from|starting|effective|take effect on|takes effect on|took effect on|apply from)\s+$/i;

/**
 * Tariffs and the measures around them, one per sentence that gives a rate: who takes
 * it (the country named or implied by the sentence's first demonym or country), on
 * what, from when, and how far it has gone (threatened, announced, in force, delayed).
 */
export function findPolicyActions(document: ArticleDocument, resolved: ResolvedMentions, countries: Countries, publishedAt: IsoDate | null): ExtractedPolicyAction[] {
  const actions: ExtractedPolicyAction[] = [];
  document.sentences.forEach((sentence, index) => {
    const text = document.narrative.slice(sentence.start, sentence.end);
    if (!TARIFF_WORD.test(text)) return;
    for (const match of text.matchAll(RATE)) {
      const rate = Number(match[2]);
      const target = match[3]?.trim() ?? null;
      if (actions.some((action) => action.ratePercent === rate && (action.target === target || target === null))) continue;
      const subject = resolved.subjects[index];
      const kind = kindOf(text);
      const actor = subject?.country ?? firstCountry(text, countries);
      const earlier = [...actions].reverse().find((action) => action.kind === 'tariff' && action.actor !== actor);
      actions.push({
        id: `action:${actions.length + 1}`,
        kind,
        actor,
        announcedBy: subject?.kind === 'individual' ? subject.name : null,
        target,
        ratePercent: rate,
        effectiveDate: effectiveDate(text.slice(match.index), publishedAt),
        status: statusOf(text),
        ...(kind === 'retaliatory_tariff' ? { inResponseTo: earlier?.id ?? null } : {}),
      });
    }
  });
  return actions;
}

function kindOf(text: string): PolicyActionKind {
  if (/\bretaliat/i.test(text)) return 'retaliatory_tariff';
  if (/\bexempt/i.test(text)) return 'exemption';
  if (/\b(?:delay|postpone|put on ice|pause|suspend)/i.test(text)) return 'delay';
  return 'tariff';
}

function statusOf(text: string): PolicyActionStatus {
  if (/\b(?:delay|postpone|put on ice|pause|suspend)/i.test(text)) return 'delayed';
  if (/\bthreat|\bwarn|\bwould\b|\bunless\b/i.test(text)) return 'threatened';
  if (/\b(?:took effect|in force|in place|imposed|remains)\b/i.test(text)) return 'in_force';
  return 'announced';
}

function effectiveDate(text: string, publishedAt: IsoDate | null): IsoDate | null {
  if (!publishedAt) return null;
  const phrase = findDatePhrases(text).find((candidate) => candidate.precision === 'exact' && EFFECTIVE.test(text.slice(Math.max(0, candidate.start - 25), candidate.start)));
  return phrase ? phrase.resolve(publishedAt, 'future') : null;
}

function firstCountry(text: string, countries: Countries): string | null {
  for (const word of text.match(/\p{Lu}[\p{L}-]+/gu) ?? []) {
    const country = countries.resolve(word.replace(/['’]s$/, ''));
    if (country) return country;
  }
  return null;
}
