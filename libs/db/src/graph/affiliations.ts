import { classifyAffiliation, slugify, toStoredValue } from '@parley/domain';
import type { Tx } from './transaction';

export type AffiliationRef = { countryId: number; organisationId: null } | { countryId: null; organisationId: number };

/** Countries and organisations by name, created on first mention, cached for one article. */
export class Affiliations {
  readonly #countries = new Map<string, Promise<number>>();
  readonly #organisations = new Map<string, Promise<number>>();

  constructor(private readonly tx: Tx) {}

  country(name: string): Promise<number> {
    const clean = name.trim();
    let id = this.#countries.get(clean);
    if (!id) {
      id = this.tx.country
        .upsert({ where: { slug: slugify(clean) }, create: { name: clean, slug: slugify(clean) }, update: {}, select: { id: true } })
        .then((country) => country.id);
      this.#countries.set(clean, id);
    }
    return id;
  }

  async of(name: string): Promise<AffiliationRef> {
    const affiliation = classifyAffiliation(name);
    if (affiliation.type === 'country') return { countryId: await this.country(name), organisationId: null };
    const clean = name.trim();
    let id = this.#organisations.get(clean);
    if (!id) {
      id = this.tx.organisation
        .upsert({
          where: { slug: slugify(clean) },
          create: { name: clean, slug: slugify(clean), kind: toStoredValue(affiliation.kind) },
          update: {},
          select: { id: true },
        })
        .then((organisation) => organisation.id);
      this.#organisations.set(clean, id);
    }
    return { countryId: null, organisationId: await id };
  }
}

/** "Norland and Valdoria", "Ardenia, Solvania and Pellavia" → each country named. */
export function splitActorNames(actor: string): string[] {
  return actor
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
