import { hasDemonymShape } from '@parley/domain';
import type { Entity } from './entities';
import type { InstitutionContext } from './institution-names';
import type { Mention } from './mentions';

/**
 * "An official", "a senior Velmoran official", "one government official in Ostrel": one
 * anonymous source per government, named by the demonym, else by the capital the source
 * is in, else by the leader the sentence goes on to speak of, else the one named last.
 */
export function anonymousSource(demonymWord: string | null, place: string | null, at: number, context: InstitutionContext): Entity {
  const country = (demonymWord && hasDemonymShape(demonymWord) ? context.countries.resolve(demonymWord) : null) ?? (place ? context.countries.ofCapital(place) : null) ?? governmentNear(at, context);
  const adjective = demonymWord && hasDemonymShape(demonymWord) ? demonymWord : country ? context.countries.adjective(country) : null;
  const entity = context.entities.add(adjective ? `${adjective} government official (anonymous)` : 'Government official (anonymous)', 'anonymous');
  entity.country ??= country;
  return entity;
}

const SENTENCE_END = /[.!?]\s/g;

/** The country of the first person with one named after `at` in its sentence, else of the last named before it. */
export function governmentNear(at: number, context: InstitutionContext): string | null {
  SENTENCE_END.lastIndex = at;
  const sentenceEnd = SENTENCE_END.exec(context.narrative)?.index ?? context.narrative.length;
  const countryOf = (mention: Mention) => mention.entity?.country ?? null;
  const after = context.people.find((mention) => mention.start > at && mention.start < sentenceEnd && countryOf(mention));
  const before = [...context.people].reverse().find((mention) => mention.end <= at && countryOf(mention));
  return (after ?? before)?.entity?.country ?? null;
}
