import { toStoredValue, type ExtractedPolicyAction } from '@parley/domain';
import { splitActorNames, type Affiliations } from './affiliations';
import { identifiable, sameTarget } from './merge-rules';
import type { People } from './people';
import type { Landed, Tx } from './transaction';

/**
 * Writes a policy action, or links the article to the one the graph holds: the same kind
 * by the same countries at the same rate from the same day (on the same target, when both
 * name one) is the same action. An action with neither rate, day nor target is always new.
 * A newer article's status replaces an older one's ("announced" becomes "in force").
 */
export async function landPolicyAction(
  tx: Tx,
  people: People,
  affiliations: Affiliations,
  action: ExtractedPolicyAction,
  article: { id: number; publishedOn: string },
  declaredPeople: ReadonlySet<string>,
): Promise<Landed> {
  const actorIds: number[] = [];
  for (const name of action.actor ? splitActorNames(action.actor) : []) actorIds.push(await affiliations.country(name));
  const announcedById = action.announcedBy ? (await people.resolve(action.announcedBy)).id : null;
  const participantPeople: number[] = [];
  const participantCountries: number[] = [];
  for (const name of action.participants ?? []) {
    if (declaredPeople.has(name)) participantPeople.push((await people.resolve(name)).id);
    else participantCountries.push(await affiliations.country(name));
  }

  const candidates = identifiable(action)
    ? await tx.policyAction.findMany({
        where: {
          kind: toStoredValue(action.kind),
          ratePercent: action.ratePercent,
          effectiveDate: action.effectiveDate,
          actors: { every: { id: { in: actorIds } } },
          AND: actorIds.map((id) => ({ actors: { some: { id } } })),
        },
        select: { id: true, target: true, announcedById: true, articles: { select: { publishedOn: true }, orderBy: { publishedOn: 'desc' }, take: 1 } },
        orderBy: { id: 'asc' },
      })
    : [];
  const same = candidates.find((candidate) => sameTarget(candidate.target, action.target));

  const participants = {
    participantPeople: { connect: participantPeople.map((id) => ({ id })) },
    participantCountries: { connect: participantCountries.map((id) => ({ id })) },
  };
  if (same) {
    const latest = same.articles[0]?.publishedOn ?? '';
    await tx.policyAction.update({
      where: { id: same.id },
      data: {
        ...(article.publishedOn >= latest ? { status: toStoredValue(action.status) } : {}),
        target: same.target ?? action.target,
        announcedById: same.announcedById ?? announcedById,
        articles: { connect: { id: article.id } },
        ...participants,
      },
    });
    return { id: same.id, created: false };
  }

  const created = await tx.policyAction.create({
    data: {
      kind: toStoredValue(action.kind),
      status: toStoredValue(action.status),
      target: action.target,
      ratePercent: action.ratePercent,
      effectiveDate: action.effectiveDate,
      summary: action.note ?? null,
      announcedById,
      actors: { connect: actorIds.map((id) => ({ id })) },
      articles: { connect: { id: article.id } },
      ...participants,
    },
    select: { id: true },
  });
  return { id: created.id, created: true };
}
