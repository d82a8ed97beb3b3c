import { classifyRole, isDescriptiveAlias, nameKey, slugify, toStoredValue, type ExtractedPerson, type ExtractedRole } from '@parley/domain';
import type { Affiliations } from './affiliations';
import { freeSlug, namingAliasKeys, newPerson, reportedAliases, roleChange, slugRange, undeclared } from './merge-rules';
import type { Landed, Tx } from './transaction';

/**
 * The people an article names, matched to the graph: by canonical name, then by an alias
 * that carries a name ("U.S. President Donald Trump"), then, for a bare surname, by the one
 * person who answers to it. Only when nothing matches is a new person created. Aliases and
 * roles the graph lacks are added to the person found, and every alias and role the
 * article reports records the article as a source, so that retracting it can tell what
 * only it supported.
 */
export class People {
  readonly #byName = new Map<string, Promise<Landed>>();

  constructor(
    private readonly tx: Tx,
    private readonly affiliations: Affiliations,
    private readonly declared: ReadonlyMap<string, ExtractedPerson>,
    /** The article being written: every alias and role it reports lists it among its sources. */
    private readonly articleId: number,
  ) {}

  /** The person behind a name used in the extraction, declared in its people[] or not. */
  resolve(name: string): Promise<Landed> {
    let landed = this.#byName.get(name);
    if (!landed) {
      const person = this.declared.get(name) ?? undeclared(name);
      landed = this.#land(person);
      this.#byName.set(name, landed);
    }
    return landed;
  }

  /** Every person resolved so far, by the name the extraction used. */
  async landed(): Promise<Map<string, Landed>> {
    const entries = await Promise.all([...this.#byName].map(async ([name, landed]) => [name, await landed] as const));
    return new Map(entries);
  }

  async #land(person: ExtractedPerson): Promise<Landed> {
    const existing = await this.#find(person);
    const id = existing ?? (await this.#create(person));
    await this.#addAliases(id, person);
    await this.#addRoles(id, person.roles);
    return { id, created: existing === null };
  }

  async #find(person: ExtractedPerson): Promise<number | null> {
    const key = nameKey(person.name);
    const byName = await this.tx.person.findFirst({ where: { nameKey: key }, select: { id: true }, orderBy: { id: 'asc' } });
    if (byName) return byName.id;

    const namingKeys = namingAliasKeys(person);
    if (namingKeys.length > 0) {
      const byAlias = await this.tx.personAlias.findFirst({
        where: { key: { in: namingKeys }, descriptive: false },
        select: { personId: true },
        orderBy: { personId: 'asc' },
      });
      if (byAlias) return byAlias.personId;
    }

    if (!key.includes(' ')) {
      const answering = await this.tx.personAlias.findMany({
        where: { key, descriptive: false },
        select: { personId: true },
        distinct: ['personId'],
        take: 2,
      });
      if (answering.length === 1 && answering[0]) return answering[0].personId;
    }
    return null;
  }

  async #create(person: ExtractedPerson): Promise<number> {
    const base = slugify(person.name);
    const { from, below } = slugRange(base);
    const taken = await this.tx.person.findMany({ where: { OR: [{ slug: base }, { slug: { gte: from, lt: below } }] }, select: { slug: true } });
    const created = await this.tx.person.create({
      data: { slug: freeSlug(base, new Set(taken.map((row) => row.slug))), ...newPerson(person) },
      select: { id: true },
    });
    return created.id;
  }

  async #addAliases(personId: number, person: ExtractedPerson): Promise<void> {
    const reported = reportedAliases(person);
    if (reported.size === 0) return;
    const keys = [...reported.keys()];
    const known = new Set((await this.tx.personAlias.findMany({ where: { personId, key: { in: keys } }, select: { key: true } })).map((row) => row.key));
    const fresh = [...reported].filter(([key]) => !known.has(key));
    if (fresh.length > 0) {
      await this.tx.personAlias.createMany({
        data: fresh.map(([key, alias]) => ({ personId, alias, key, descriptive: isDescriptiveAlias(alias, person.name) })),
      });
    }
    const ids = await this.tx.personAlias.findMany({ where: { personId, key: { in: keys } }, select: { id: true } });
    await this.tx.article.update({ where: { id: this.articleId }, data: { aliases: { connect: ids } }, select: { id: true } });
  }

  async #addRoles(personId: number, roles: ExtractedRole[]): Promise<void> {
    const reported = new Set<number>();
    for (const role of roles) {
      const of = role.of ? await this.affiliations.of(role.of) : { countryId: null, organisationId: null };
      const same = await this.tx.role.findFirst({
        where: { personId, title: role.title.trim(), countryId: of.countryId, organisationId: of.organisationId },
        select: { id: true, since: true, until: true, current: true },
      });
      if (same) {
        const change = roleChange(same, role);
        if (change) await this.tx.role.update({ where: { id: same.id }, data: change });
        reported.add(same.id);
        continue;
      }
      const created = await this.tx.role.create({
        data: {
          personId,
          title: role.title.trim(),
          kind: toStoredValue(classifyRole(role.title, role.of)),
          countryId: of.countryId,
          organisationId: of.organisationId,
          since: role.since ?? null,
          until: role.until ?? null,
          current: role.current,
        },
        select: { id: true },
      });
      reported.add(created.id);
    }
    if (reported.size > 0) await this.tx.article.update({ where: { id: this.articleId }, data: { roles: { connect: [...reported].map((id) => ({ id })) } }, select: { id: true } });
  }
}
