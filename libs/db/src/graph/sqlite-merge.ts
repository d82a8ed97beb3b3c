import {
  classifyAffiliation,
  classifyRole,
  countWords,
  isDescriptiveAlias,
  nameKey,
  quoteKey,
  slugify,
  toStoredValue,
  type EventKind,
  type ExtractedCall,
  type ExtractedMeeting,
  type ExtractedPerson,
  type ExtractedPolicyAction,
  type ExtractedRole,
} from '@parley/domain';
import type BetterSqlite3 from 'better-sqlite3';
import { preparedStatement } from '../prepared-statements';
import { splitActorNames, type AffiliationRef } from './affiliations';
import type { CheckedArticle } from './article-input';
import {
  freeSlug,
  identifiable,
  mergedEventDetails,
  namingAliasKeys,
  newEventDetails,
  newPerson,
  reportedAliases,
  roleChange,
  sameTarget,
  slugRange,
  undeclared,
  type StoredEventDetails,
} from './merge-rules';
import type { Landed } from './transaction';
import type { ArticleWrite, PlannedArticle } from './write-article';

type Value = string | number | null;

/** Every statement the merge sends, by name; each is prepared once per connection. */
const SQL = {
  articleByHash: 'SELECT id FROM "Article" WHERE "contentHash" = ?',
  insertArticle:
    'INSERT INTO "Article" ("title", "publisher", "url", "publishedOn", "text", "contentHash", "wordCount", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  personByName: 'SELECT id FROM "Person" WHERE "nameKey" = ? ORDER BY id LIMIT 1',
  personByNamingAlias: 'SELECT min("personId") AS id FROM "PersonAlias" WHERE "key" = ? AND "descriptive" = 0',
  peopleAnswering: 'SELECT DISTINCT "personId" AS id FROM "PersonAlias" WHERE "key" = ? AND "descriptive" = 0 LIMIT 2',
  slugsLike: 'SELECT slug FROM "Person" WHERE slug = ? OR (slug >= ? AND slug < ?)',
  insertPerson: 'INSERT INTO "Person" ("slug", "name", "nameKey", "kind", "createdAt") VALUES (?, ?, ?, ?, ?)',
  aliasOf: 'SELECT id FROM "PersonAlias" WHERE "personId" = ? AND "key" = ?',
  insertAlias: 'INSERT INTO "PersonAlias" ("personId", "alias", "key", "descriptive") VALUES (?, ?, ?, ?)',
  aliasSource: 'INSERT OR IGNORE INTO "_AliasSources" ("A", "B") VALUES (?, ?)',
  sameRole:
    'SELECT id, since, until, current FROM "Role" WHERE "personId" = ? AND "title" = ? AND "countryId" IS ? AND "organisationId" IS ? ORDER BY id LIMIT 1',
  updateRole: 'UPDATE "Role" SET since = ?, until = ?, current = ? WHERE id = ?',
  insertRole:
    'INSERT INTO "Role" ("personId", "title", "kind", "countryId", "organisationId", "since", "until", "current") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  roleSource: 'INSERT OR IGNORE INTO "_RoleSources" ("A", "B") VALUES (?, ?)',
  countryBySlug: 'SELECT id FROM "Country" WHERE slug = ?',
  insertCountry: 'INSERT INTO "Country" ("name", "slug") VALUES (?, ?)',
  organisationBySlug: 'SELECT id FROM "Organisation" WHERE slug = ?',
  insertOrganisation: 'INSERT INTO "Organisation" ("name", "slug", "kind") VALUES (?, ?, ?)',
  // The same kind on the same day with exactly these participants (a JSON array of distinct ids).
  sameEvent: `SELECT id, "initiatorId", medium, time, location, status FROM "Event" e
    WHERE e.kind = ? AND e.date = ?
      AND NOT EXISTS (SELECT 1 FROM "_EventParticipants" p WHERE p."A" = e.id AND p."B" NOT IN (SELECT value FROM json_each(?)))
      AND (SELECT count(*) FROM "_EventParticipants" p WHERE p."A" = e.id) = ?
    ORDER BY e.id LIMIT 1`,
  updateEvent: 'UPDATE "Event" SET "initiatorId" = ?, medium = ?, time = ?, location = ?, status = ? WHERE id = ?',
  insertEvent:
    'INSERT INTO "Event" ("kind", "date", "time", "medium", "status", "location", "summary", "initiatorId", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  eventParticipant: 'INSERT OR IGNORE INTO "_EventParticipants" ("A", "B") VALUES (?, ?)',
  eventSource: 'INSERT OR IGNORE INTO "_EventSources" ("A", "B") VALUES (?, ?)',
  // The same kind, rate and day by exactly these actors (a JSON array of distinct ids), with the latest report's day.
  sameActions: `SELECT pa.id, pa.target, pa."announcedById",
      (SELECT max(a."publishedOn") FROM "_PolicyActionSources" s JOIN "Article" a ON a.id = s."A" WHERE s."B" = pa.id) AS latest
    FROM "PolicyAction" pa
    WHERE pa.kind = ? AND pa."ratePercent" IS ? AND pa."effectiveDate" IS ?
      AND NOT EXISTS (SELECT 1 FROM "_PolicyActionActors" x WHERE x."B" = pa.id AND x."A" NOT IN (SELECT value FROM json_each(?)))
      AND (SELECT count(*) FROM "_PolicyActionActors" x WHERE x."B" = pa.id) = ?
    ORDER BY pa.id`,
  updateAction: 'UPDATE "PolicyAction" SET status = coalesce(?, status), target = ?, "announcedById" = ? WHERE id = ?',
  insertAction:
    'INSERT INTO "PolicyAction" ("kind", "status", "target", "ratePercent", "effectiveDate", "summary", "announcedById", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  actionActor: 'INSERT OR IGNORE INTO "_PolicyActionActors" ("A", "B") VALUES (?, ?)',
  actionSource: 'INSERT OR IGNORE INTO "_PolicyActionSources" ("A", "B") VALUES (?, ?)',
  actionPerson: 'INSERT OR IGNORE INTO "_PolicyActionPeople" ("A", "B") VALUES (?, ?)',
  actionCountry: 'INSERT OR IGNORE INTO "_PolicyActionCountries" ("A", "B") VALUES (?, ?)',
  linkResponse: 'UPDATE "PolicyAction" SET "inResponseToId" = ? WHERE id = ? AND "inResponseToId" IS NULL',
  sameStatement: 'SELECT id, "saidOn" FROM "Statement" WHERE "textKey" = ? AND "speakerId" IS ? ORDER BY id LIMIT 1',
  updateStatementDay: 'UPDATE "Statement" SET "saidOn" = ? WHERE id = ?',
  insertStatement:
    'INSERT INTO "Statement" ("text", "textKey", "kind", "channel", "saidOn", "speakerId", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?)',
  insertSource:
    'INSERT INTO "StatementSource" ("statementId", "articleId", "start", "end", "sourceText", "sourceStart", "sourceEnd", "cueText", "cueStart", "cueEnd") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  statementEvent: 'INSERT OR IGNORE INTO "_StatementEvents" ("A", "B") VALUES (?, ?)',
  statementAction: 'INSERT OR IGNORE INTO "_StatementPolicyActions" ("A", "B") VALUES (?, ?)',
} as const;

type StatementName = keyof typeof SQL;

/** The moment of a write, stored the way Prisma stores a DateTime in SQLite. */
function storedNow(): string {
  return new Date().toISOString().replace('Z', '+00:00');
}

const flag = (value: boolean) => (value ? 1 : 0);

/** The merge's statements on one connection, each reported to the client's query log as it runs. */
class Statements {
  /** When the article's rows were written: one moment for its whole transaction. */
  readonly now = storedNow();

  constructor(
    private readonly driver: BetterSqlite3.Database,
    private readonly log: (sql: string) => void,
  ) {}

  #statement(name: StatementName): BetterSqlite3.Statement<Value[]> {
    this.log(SQL[name]);
    return preparedStatement<Value[]>(this.driver, SQL[name]);
  }

  get<Row>(name: StatementName, ...values: Value[]): Row | undefined {
    return this.#statement(name).get(...values) as Row | undefined;
  }

  all<Row>(name: StatementName, ...values: Value[]): Row[] {
    return this.#statement(name).all(...values) as Row[];
  }

  run(name: StatementName, ...values: Value[]): void {
    this.#statement(name).run(...values);
  }

  insert(name: StatementName, ...values: Value[]): number {
    return Number(this.#statement(name).run(...values).lastInsertRowid);
  }
}

/** Countries and organisations by name, created on first mention, cached for one article. */
class SqliteAffiliations {
  readonly #countries = new Map<string, number>();
  readonly #organisations = new Map<string, number>();

  constructor(private readonly sql: Statements) {}

  country(name: string): number {
    const clean = name.trim();
    let id = this.#countries.get(clean);
    if (id === undefined) {
      const slug = slugify(clean);
      id = this.sql.get<{ id: number }>('countryBySlug', slug)?.id ?? this.sql.insert('insertCountry', clean, slug);
      this.#countries.set(clean, id);
    }
    return id;
  }

  of(name: string): AffiliationRef {
    const affiliation = classifyAffiliation(name);
    if (affiliation.type === 'country') return { countryId: this.country(name), organisationId: null };
    const clean = name.trim();
    let id = this.#organisations.get(clean);
    if (id === undefined) {
      const slug = slugify(clean);
      id = this.sql.get<{ id: number }>('organisationBySlug', slug)?.id ?? this.sql.insert('insertOrganisation', clean, slug, toStoredValue(affiliation.kind));
      this.#organisations.set(clean, id);
    }
    return { countryId: null, organisationId: id };
  }
}

/** The people an article names, matched to the graph as `People` matches them (see people.ts). */
class SqlitePeople {
  readonly #byName = new Map<string, Landed>();

  constructor(
    private readonly sql: Statements,
    private readonly affiliations: SqliteAffiliations,
    private readonly declared: ReadonlyMap<string, ExtractedPerson>,
    private readonly articleId: number,
  ) {}

  resolve(name: string): Landed {
    let landed = this.#byName.get(name);
    if (!landed) {
      const person = this.declared.get(name) ?? undeclared(name);
      const existing = this.#find(person);
      const id = existing ?? this.#create(person);
      // A person created just now has no aliases or roles to match yet.
      const fresh = existing === null;
      this.#addAliases(id, person, fresh);
      this.#addRoles(id, person.roles, fresh);
      landed = { id, created: existing === null };
      this.#byName.set(name, landed);
    }
    return landed;
  }

  landed(): ArticleWrite['people'] {
    return [...this.#byName].map(([name, landed]) => ({ ...landed, name }));
  }

  #find(person: ExtractedPerson): number | null {
    const key = nameKey(person.name);
    const byName = this.sql.get<{ id: number }>('personByName', key);
    if (byName) return byName.id;

    let byAlias: number | null = null;
    for (const aliasKey of namingAliasKeys(person)) {
      const id = this.sql.get<{ id: number | null }>('personByNamingAlias', aliasKey)?.id ?? null;
      if (id !== null && (byAlias === null || id < byAlias)) byAlias = id;
    }
    if (byAlias !== null) return byAlias;

    if (!key.includes(' ')) {
      const answering = this.sql.all<{ id: number }>('peopleAnswering', key);
      if (answering.length === 1 && answering[0]) return answering[0].id;
    }
    return null;
  }

  #create(person: ExtractedPerson): number {
    const base = slugify(person.name);
    const { from, below } = slugRange(base);
    const taken = new Set(this.sql.all<{ slug: string }>('slugsLike', base, from, below).map((row) => row.slug));
    const { name, nameKey: key, kind } = newPerson(person);
    return this.sql.insert('insertPerson', freeSlug(base, taken), name, key, kind, this.sql.now);
  }

  #addAliases(personId: number, person: ExtractedPerson, fresh: boolean): void {
    for (const [key, alias] of reportedAliases(person)) {
      const known = fresh ? undefined : this.sql.get<{ id: number }>('aliasOf', personId, key)?.id;
      const aliasId = known ?? this.sql.insert('insertAlias', personId, alias, key, flag(isDescriptiveAlias(alias, person.name)));
      this.sql.run('aliasSource', this.articleId, aliasId);
    }
  }

  #addRoles(personId: number, roles: ExtractedRole[], fresh: boolean): void {
    for (const [index, role] of roles.entries()) {
      const of = role.of ? this.affiliations.of(role.of) : { countryId: null, organisationId: null };
      const title = role.title.trim();
      // Until its first role is written, a new person has none the next could repeat.
      const same = fresh && index === 0 ? undefined : this.sql.get<{ id: number; since: string | null; until: string | null; current: number }>('sameRole', personId, title, of.countryId, of.organisationId);
      let roleId: number;
      if (same) {
        const change = roleChange({ ...same, current: same.current === 1 }, role);
        if (change) this.sql.run('updateRole', change.since, change.until, flag(change.current), same.id);
        roleId = same.id;
      } else {
        const kind = toStoredValue(classifyRole(role.title, role.of));
        roleId = this.sql.insert('insertRole', personId, title, kind, of.countryId, of.organisationId, role.since ?? null, role.until ?? null, flag(role.current));
      }
      this.sql.run('roleSource', this.articleId, roleId);
    }
  }
}

/**
 * Merges a planned article into a SQLite graph with hand-written statements on Prisma's own
 * connection, synchronously: the caller runs it inside a write transaction it has begun, and
 * nothing else runs on the connection until it returns. The same decisions as the Prisma
 * merge (write-article.ts and the modules it calls), a statement or two per fact.
 */
export function mergeArticleOnSqlite(driver: BetterSqlite3.Database, log: (sql: string) => void, article: CheckedArticle, plan: PlannedArticle): ArticleWrite {
  const sql = new Statements(driver, log);
  const stored = sql.get<{ id: number }>('articleByHash', plan.hash);
  if (stored) return { article: { id: stored.id, created: false }, people: [], events: [], policyActions: [], statements: [] };

  const { extraction } = plan;
  const articleId = sql.insert('insertArticle', article.title, article.publisher, article.url, article.publishedOn, article.text, plan.hash, countWords(article.text), sql.now);
  const affiliations = new SqliteAffiliations(sql);
  const people = new SqlitePeople(sql, affiliations, plan.declared, articleId);
  for (const name of plan.declared.keys()) people.resolve(name);

  const localIds = new Map<string, { eventId?: number; policyActionId?: number }>();
  const events: ArticleWrite['events'] = [];
  for (const [kind, event] of plan.events) {
    const landed = landEvent(sql, people, kind, event, articleId);
    localIds.set(event.id, { eventId: landed.id });
    events.push({ ...landed, localId: event.id, kind });
  }

  const policyActions: ArticleWrite['policyActions'] = [];
  for (const action of extraction.policyActions) {
    const landed = landPolicyAction(sql, people, affiliations, action, { id: articleId, publishedOn: article.publishedOn }, plan.declared);
    localIds.set(action.id, { policyActionId: landed.id });
    policyActions.push({ ...landed, localId: action.id });
  }
  for (const [responder, cause] of plan.responses(localIds)) sql.run('linkResponse', cause, responder);

  const written: ArticleWrite['statements'] = [];
  for (const [index, statement] of plan.statements.entries()) {
    const links = plan.links(index, localIds);
    const { span, attribution } = plan.place(index);
    const speakerId = statement.speaker ? people.resolve(statement.speaker).id : null;
    const textKey = quoteKey(statement.text);
    const same = sql.get<{ id: number; saidOn: string | null }>('sameStatement', textKey, speakerId);
    let statementId: number;
    if (same) {
      sql.run('updateStatementDay', same.saidOn ?? statement.date, same.id);
      statementId = same.id;
    } else {
      const { kind, channel } = statement;
      statementId = sql.insert('insertStatement', statement.text, textKey, toStoredValue(kind), toStoredValue(channel), statement.date, speakerId, sql.now);
    }
    const { sourceText, sourceStart, sourceEnd, cueText, cueStart, cueEnd } = attribution;
    sql.run('insertSource', statementId, articleId, span.start, span.end, sourceText, sourceStart, sourceEnd, cueText, cueStart, cueEnd);
    for (const eventId of links.eventIds) sql.run('statementEvent', eventId, statementId);
    for (const actionId of links.policyActionIds) sql.run('statementAction', actionId, statementId);
    written.push({ id: statementId, created: !same, index });
  }

  return { article: { id: articleId, created: true }, people: people.landed(), events, policyActions, statements: written };
}

function landEvent(sql: Statements, people: SqlitePeople, kind: EventKind, event: ExtractedCall | ExtractedMeeting, articleId: number): Landed {
  const participantIds: number[] = [];
  for (const name of new Set(event.participants)) participantIds.push(people.resolve(name).id);
  const initiatorId = event.initiator ? people.resolve(event.initiator).id : null;
  const distinct = [...new Set(participantIds)];

  const same = event.date
    ? sql.get<StoredEventDetails & { id: number }>('sameEvent', toStoredValue(kind), event.date, JSON.stringify(distinct), distinct.length)
    : undefined;
  if (same) {
    const details = mergedEventDetails(same, event, initiatorId);
    sql.run('updateEvent', details.initiatorId, details.medium, details.time, details.location, details.status, same.id);
    sql.run('eventSource', articleId, same.id);
    return { id: same.id, created: false };
  }

  const details = newEventDetails(kind, event, initiatorId);
  const eventId = sql.insert(
    'insertEvent',
    details.kind,
    details.date,
    details.time,
    details.medium,
    details.status,
    details.location,
    details.summary,
    details.initiatorId,
    sql.now,
  );
  for (const personId of distinct) sql.run('eventParticipant', eventId, personId);
  sql.run('eventSource', articleId, eventId);
  return { id: eventId, created: true };
}

function landPolicyAction(
  sql: Statements,
  people: SqlitePeople,
  affiliations: SqliteAffiliations,
  action: ExtractedPolicyAction,
  article: { id: number; publishedOn: string },
  declared: ReadonlyMap<string, ExtractedPerson>,
): Landed {
  const actorIds = [...new Set((action.actor ? splitActorNames(action.actor) : []).map((name) => affiliations.country(name)))];
  const announcedById = action.announcedBy ? people.resolve(action.announcedBy).id : null;
  const participantPeople: number[] = [];
  const participantCountries: number[] = [];
  for (const name of action.participants ?? []) {
    if (declared.has(name)) participantPeople.push(people.resolve(name).id);
    else participantCountries.push(affiliations.country(name));
  }
  const kind = toStoredValue(action.kind);
  const status = toStoredValue(action.status);

  type Candidate = { id: number; target: string | null; announcedById: number | null; latest: string | null };
  const candidates = identifiable(action)
    ? sql.all<Candidate>('sameActions', kind, action.ratePercent, action.effectiveDate, JSON.stringify(actorIds), actorIds.length)
    : [];
  const same = candidates.find((candidate) => sameTarget(candidate.target, action.target));

  let actionId: number;
  if (same) {
    const newer = article.publishedOn >= (same.latest ?? '');
    sql.run('updateAction', newer ? status : null, same.target ?? action.target, same.announcedById ?? announcedById, same.id);
    actionId = same.id;
  } else {
    actionId = sql.insert('insertAction', kind, status, action.target, action.ratePercent, action.effectiveDate, action.note ?? null, announcedById, sql.now);
    for (const countryId of actorIds) sql.run('actionActor', countryId, actionId);
  }
  sql.run('actionSource', article.id, actionId);
  for (const personId of participantPeople) sql.run('actionPerson', personId, actionId);
  for (const countryId of participantCountries) sql.run('actionCountry', countryId, actionId);
  return { id: actionId, created: !same };
}
