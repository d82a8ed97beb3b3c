import type { Countries } from '../../people/countries';
import type { Entity } from '../../people/entities';
import type { Mention } from '../../people/mentions';
import { isPrepositionalObject } from '../../attribution/verb-subjects';
import { CAPITAL } from '../../text/letters';
import { namesCountry } from './drafts';
import type { Measure } from './measures';

const COUNTRY_SUBJECT = new RegExp(
  `(${CAPITAL}[\\p{L}-]+)(?:['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:government|cabinet|ministry|parliament))?\\s+(?:has|had|have|will|would|is|was|also|then|now|could|might|plans?|\\p{Ll}+ed)\\b`,
  'gu',
);
const AFTER_PREPOSITION = /\b(?:of|from|for|with|by|at|to|on|in|against|into|over)\s$/;

/**
 * Which country takes a measure: the one its own words name ("a Sardovan levy",
 * "Brastova’s tariffs"), else the nearest subject before it in its clause ("Sardova would
 * answer with duties …", "Malvane signed an order imposing …"), else the sentence's subject,
 * else — for a measure on one country's goods in a two-country dispute — the other one.
 */
export class ActorFinder {
  private leadingCountries: readonly string[] | null = null;

  constructor(
    private readonly narrative: string,
    private readonly countries: Countries,
  ) {}

  /** The two countries the article names most: the sides of its dispute. */
  private get leading(): readonly string[] {
    this.leadingCountries ??= this.countries.mostNamed(2);
    return this.leadingCountries;
  }

  /** The country the article names most. */
  mainCountry(): string | null {
    return this.leading[0] ?? null;
  }

  actorOf(measure: Measure, clauseStart: number, mentions: readonly Mention[], subject: Entity | null): string | null {
    const owned = this.countries.resolve(measure.ownerWord);
    if (owned) return owned;
    const nearest = this.nearestSubject(measure, clauseStart, mentions) ?? countryOf(subject);
    if (nearest && !this.inTarget(measure, nearest)) return nearest;
    const named = this.leading.find((country) => this.inTarget(measure, country));
    return named ? (this.leading.find((country) => country !== named) ?? null) : nearest;
  }

  private nearestSubject(measure: Measure, from: number, mentions: readonly Mention[]): string | null {
    const lead = this.narrative.slice(from, measure.start);
    let best: { at: number; country: string } | null = null;
    for (const match of lead.matchAll(COUNTRY_SUBJECT)) {
      if (AFTER_PREPOSITION.test(lead.slice(Math.max(0, match.index - 9), match.index))) continue;
      const country = this.countries.resolve(match[1] ?? null);
      if (country) best = { at: from + match.index, country };
    }
    for (const mention of mentions) {
      if (mention.start < from || mention.end > measure.start || mention.possessive || isPrepositionalObject(this.narrative, mention)) continue;
      const country = countryOf(mention.entity);
      if (country && (!best || mention.start > best.at)) best = { at: mention.start, country };
    }
    return best?.country ?? null;
  }

  private inTarget(measure: Measure, country: string): boolean {
    return namesCountry(measure.target, country);
  }
}

export function countryOf(entity: Entity | null): string | null {
  if (!entity) return null;
  return entity.country ?? entity.principal?.country ?? entity.roles.find((role) => role.current && role.of)?.of ?? null;
}

/** The sentence's subject announced the action when it speaks for the acting country (or its country is unknown). */
export function announcer(subject: Entity | null, actor: string | null): string | null {
  if (!subject) return null;
  const country = countryOf(subject);
  return country === null || actor === null || country === actor ? subject.name : null;
}
