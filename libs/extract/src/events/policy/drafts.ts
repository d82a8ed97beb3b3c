import type { ExtractedPolicyAction, PolicyActionKind } from '@parley/domain';
import { isDemonymOf } from '@parley/domain';

/** A policy action while the article is read: links point at drafts, ids come at the end. */
export type Draft = Omit<ExtractedPolicyAction, 'id' | 'inResponseTo' | 'optional' | 'note'> & { inResponseTo: Draft | null };

const TARIFF_KINDS: readonly PolicyActionKind[] = ['tariff', 'retaliatory_tariff'];

export function isTariff(draft: Draft): boolean {
  return TARIFF_KINDS.includes(draft.kind);
}

/** Whether a target names a country: "Sardovan wine" is Sardova's, "steel from Sardova" too. */
export function targetsCountry(draft: Draft, country: string | null): boolean {
  return namesCountry(draft.target, country);
}

/** Whether a measure's target names a country, by name or demonym. */
export function namesCountry(target: string | null, country: string | null): boolean {
  if (!country || !target) return false;
  return target.split(/[\s,]+/).some((word) => word === country || isDemonymOf(word, country));
}

/**
 * Tariffs that answer each other: when two countries' tariffs target each other's goods,
 * the one already in force (or reported first) is the cause and the other the retaliation.
 */
export function linkRetaliation(drafts: Draft[]): void {
  const tariffs = drafts.filter(isTariff);
  for (const responder of tariffs) {
    if (responder.inResponseTo) continue;
    const causes = tariffs.filter((cause) => cause !== responder && cause.actor !== responder.actor && cause.actor !== null && targetsCountry(responder, cause.actor));
    const cause = causes.find((candidate) => targetsCountry(candidate, responder.actor) || candidate.target === null) ?? (responder.kind === 'retaliatory_tariff' ? causes[0] : undefined);
    if (!cause || isCauseOf(responder, cause, drafts)) continue;
    responder.kind = 'retaliatory_tariff';
    responder.inResponseTo = cause;
  }
  for (const responder of tariffs) {
    if (responder.kind !== 'retaliatory_tariff' || responder.inResponseTo) continue;
    responder.inResponseTo = tariffs.find((cause) => cause.kind === 'tariff' && cause.actor !== responder.actor) ?? null;
  }
}

/** Whether `first` came before `second`: already answered by it, in force while the other is not, or reported first. */
function isCauseOf(first: Draft, second: Draft, drafts: readonly Draft[]): boolean {
  if (second.inResponseTo === first) return true;
  if (first.kind !== second.kind) return second.kind === 'retaliatory_tariff';
  if ((first.status === 'in_force') !== (second.status === 'in_force')) return first.status === 'in_force';
  return drafts.indexOf(first) < drafts.indexOf(second);
}

export function toPolicyActions(drafts: readonly Draft[]): ExtractedPolicyAction[] {
  const idOf = (draft: Draft) => `action:${drafts.indexOf(draft) + 1}`;
  return drafts.map((draft) => {
    const { inResponseTo, participants, ...rest } = draft;
    return {
      id: idOf(draft),
      ...rest,
      ...(inResponseTo ? { inResponseTo: idOf(inResponseTo) } : {}),
      ...(participants && participants.length > 0 ? { participants } : {}),
    };
  });
}
