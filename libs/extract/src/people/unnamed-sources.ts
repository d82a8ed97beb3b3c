import { hasDemonymShape, isRegularDemonymOf } from '@parley/domain';
import type { Entity } from './entities';
import type { InstitutionContext } from './institution-names';
import type { Mention } from './mentions';

/**
 * "An official", "a senior Brastovan official", "one government official in Orsk": one
 * anonymous source per government, named by the demonym, else by the capital the source
 * is in, else by the leader the sentence goes on to speak of, else the one named last.
 * A demonym that drops part of the country's name ("Vessish" for Vessmark) gives way
 * to the name itself, as the annotations write it.
 */
export function anonymousSource(demonymWord: string | null, place: string | null, at: number, context: InstitutionContext): Entity {
  const named = demonymWord && (hasDemonymShape(demonymWord) || context.countries.isCountry(demonymWord)) ? context.countries.resolve(demonymWord) : null;
  const country = named ?? (place ? context.countries.ofCapital(place) : null) ?? governmentNear(at, context);
  const adjective = demonymWord && hasDemonymShape(demonymWord) && (!country || isRegularDemonymOf(demonymWord, country)) ? demonymWord : country ? context.countries.adjective(country) : null;
  const entity = context.entities.add(adjective ? `${adjective} government official (anonymous)` : 'Government official (anonymous)', 'anonymous');
  entity.country ??= country;
  return entity;
}

const SENTENCE_END = /[.!?]\s/g;

const CAPITALISED = /\b\p{Lu}[\p{L}-]+/gu;

/**
 * The government a source at `at` speaks for: the country whose capital its sentence is
 * set in ("at a briefing in Orsk"), else that of the first person with a country named
 * after `at` in the sentence, else of the last named before it.
 */
export function governmentNear(at: number, context: InstitutionContext): string | null {
  SENTENCE_END.lastIndex = at;
  const sentenceEnd = SENTENCE_END.exec(context.narrative)?.index ?? context.narrative.length;
  for (const word of context.narrative.slice(sentenceStartBefore(context.narrative, at), sentenceEnd).matchAll(CAPITALISED)) {
    const country = context.countries.ofCapital(word[0]);
    if (country) return country;
  }
  const countryOf = (mention: Mention) => mention.entity?.country ?? null;
  const after = context.people.find((mention) => mention.start > at && mention.start < sentenceEnd && countryOf(mention));
  const before = [...context.people].reverse().find((mention) => mention.end <= at && countryOf(mention));
  return (after ?? before)?.entity?.country ?? null;
}

/** Where the sentence around `at` starts: after the last full stop or line break before it. */
export function sentenceStartBefore(narrative: string, at: number): number {
  return Math.max(narrative.lastIndexOf('. ', at), narrative.lastIndexOf('\n', at)) + 1;
}

/** "Brastovan officials" and the like: unnamed sources in the plural. */
const PLURAL_SOURCES = /\b(?:(\p{Lu}\p{L}+)\s+)?(?:(?:senior|government)\s+)*(?:officials|diplomats|sources|aides)\b/gu;
const GROUP_LOOKBACK = 200;

/** "according to Brastovan officials, in what one of them described as …": one of the unnamed sources just named. */
export function oneOfSources(at: number, context: InstitutionContext): Entity | null {
  const from = Math.max(0, at - GROUP_LOOKBACK);
  const sources = [...context.narrative.slice(from, at).matchAll(PLURAL_SOURCES)];
  const last = sources[sources.length - 1];
  return last ? anonymousSource(last[1] ?? null, null, from + last.index, context) : null;
}
