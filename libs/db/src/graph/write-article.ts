import { createHash } from 'node:crypto';
import type { EventKind, ExtractedCall, ExtractedMeeting, ExtractedPerson, Extraction, ExtractedStatement, TextSpan } from '@parley/domain';
import { countWords } from '@parley/domain';
import type { Database } from '../client';
import { InputError } from '../errors';
import { Affiliations } from './affiliations';
import type { CheckedArticle } from './article-input';
import { landEvent } from './events';
import { inMergeTransaction } from './merge-transaction';
import { People } from './people';
import { landPolicyAction } from './policy-actions';
import { mergeArticleOnSqlite } from './sqlite-merge';
import { attributeStatements, landStatement, placeStatements, type StatementLinks, type StoredAttribution } from './statements';
import type { Landed, Tx } from './transaction';

/** What writing one article did to the graph, fact by fact. */
export interface ArticleWrite {
  article: Landed;
  people: Array<Landed & { name: string }>;
  events: Array<Landed & { localId: string; kind: EventKind }>;
  policyActions: Array<Landed & { localId: string }>;
  statements: Array<Landed & { index: number }>;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The article already stored with this exact text, if any. */
export async function findArticleByText(db: Database, text: string): Promise<{ id: number } | null> {
  return db.article.findUnique({ where: { contentHash: contentHash(text) }, select: { id: true } });
}

/** An article's extraction checked against its text and ready to merge on either engine. */
export class PlannedArticle {
  readonly hash: string;
  /** The statements written: optional ones are left out. */
  readonly statements: ExtractedStatement[];
  readonly declared: ReadonlyMap<string, ExtractedPerson>;
  /** The calls, then the meetings, each with its kind. */
  readonly events: Array<[EventKind, ExtractedCall | ExtractedMeeting]>;
  readonly #spans: TextSpan[];
  readonly #attributions: StoredAttribution[];

  constructor(
    article: CheckedArticle,
    readonly extraction: Extraction,
  ) {
    this.hash = contentHash(article.text);
    this.statements = extraction.statements.filter((statement) => !statement.optional);
    this.declared = new Map(extraction.people.map((person) => [person.name, person]));
    this.events = [
      ...extraction.calls.map((call) => ['call', call] as [EventKind, ExtractedCall]),
      ...(extraction.meetings ?? []).map((meeting) => ['meeting', meeting] as [EventKind, ExtractedMeeting]),
    ];
    this.#spans = placeStatements(article.text, this.statements);
    this.#attributions = attributeStatements(article.text, this.statements);
  }

  /** Where statement `index` sits in the article and who it is attributed to. */
  place(index: number): { span: TextSpan; attribution: StoredAttribution } {
    const span = this.#spans[index];
    const attribution = this.#attributions[index];
    if (!span || !attribution) throw new Error(`statement ${index} has no place in the article`);
    return { span, attribution };
  }

  /** The landed events and policy actions statement `index` is about. */
  links(index: number, localIds: LocalIds): StatementLinks {
    const statement = this.statements[index];
    return statement ? statementLinks(statement, index, localIds) : { eventIds: [], policyActionIds: [] };
  }

  /** Each landed policy action that answers another, with the one it answers. */
  responses(localIds: LocalIds): Array<[responder: number, cause: number]> {
    const pairs: Array<[number, number]> = [];
    for (const [index, action] of this.extraction.policyActions.entries()) {
      if (!action.inResponseTo) continue;
      const responder = localIds.get(action.id)?.policyActionId;
      const cause = localIds.get(action.inResponseTo)?.policyActionId;
      if (cause === undefined || responder === undefined) {
        throw new InputError(`policyActions[${index}].inResponseTo`, `"${action.inResponseTo}" is not the id of a policy action of this article`);
      }
      pairs.push([responder, cause]);
    }
    return pairs;
  }
}

type LocalIds = Map<string, { eventId?: number; policyActionId?: number }>;

/**
 * Writes an article and everything extracted from it in one transaction, merging into
 * the people, events, statements and actions the graph already holds. The same text
 * written again changes nothing; any error leaves the database as it was. On SQLite the
 * merge runs as hand-written statements on Prisma's connection, on PostgreSQL through Prisma.
 */
export async function writeArticle(db: Database, article: CheckedArticle, extraction: Extraction): Promise<ArticleWrite> {
  const plan = new PlannedArticle(article, extraction);
  return inMergeTransaction(db, (tx) => mergeArticle(tx, article, plan), (driver, log) => mergeArticleOnSqlite(driver, log, article, plan));
}

/**
 * `writeArticle` through Prisma's queries on either engine, the way PostgreSQL always
 * writes: on SQLite, the reference the hand-written merge is checked against.
 */
export async function writeArticleThroughPrisma(db: Database, article: CheckedArticle, extraction: Extraction): Promise<ArticleWrite> {
  const plan = new PlannedArticle(article, extraction);
  return inMergeTransaction(db, (tx) => mergeArticle(tx, article, plan));
}

async function mergeArticle(tx: Tx, article: CheckedArticle, plan: PlannedArticle): Promise<ArticleWrite> {
  const stored = await tx.article.findUnique({ where: { contentHash: plan.hash }, select: { id: true } });
  if (stored) return { article: { id: stored.id, created: false }, people: [], events: [], policyActions: [], statements: [] };

  const { extraction, declared } = plan;
  const { id: articleId } = await tx.article.create({
    data: { ...article, contentHash: plan.hash, wordCount: countWords(article.text) },
    select: { id: true },
  });
  const affiliations = new Affiliations(tx);
  const people = new People(tx, affiliations, declared, articleId);
  for (const name of declared.keys()) await people.resolve(name);

  const localIds: LocalIds = new Map();
  const events: ArticleWrite['events'] = [];
  for (const [kind, event] of plan.events) {
    const landed = await landEvent(tx, people, kind, event, articleId);
    localIds.set(event.id, { eventId: landed.id });
    events.push({ ...landed, localId: event.id, kind });
  }

  const policyActions: ArticleWrite['policyActions'] = [];
  const declaredNames = new Set(declared.keys());
  for (const action of extraction.policyActions) {
    const landed = await landPolicyAction(tx, people, affiliations, action, { id: articleId, publishedOn: article.publishedOn }, declaredNames);
    localIds.set(action.id, { policyActionId: landed.id });
    policyActions.push({ ...landed, localId: action.id });
  }
  for (const [responder, cause] of plan.responses(localIds)) {
    await tx.policyAction.updateMany({ where: { id: responder, inResponseToId: null }, data: { inResponseToId: cause } });
  }

  const written: ArticleWrite['statements'] = [];
  for (const [index, statement] of plan.statements.entries()) {
    const links = plan.links(index, localIds);
    const landed = await landStatement(tx, people, statement, { articleId, ...plan.place(index) }, links);
    written.push({ ...landed, index });
  }

  const landedPeople = [...(await people.landed())].map(([name, landed]) => ({ ...landed, name }));
  return { article: { id: articleId, created: true }, people: landedPeople, events, policyActions, statements: written };
}

function statementLinks(statement: ExtractedStatement, index: number, localIds: LocalIds): StatementLinks {
  const eventIds: number[] = [];
  const policyActionIds: number[] = [];
  for (const ref of statement.about ?? []) {
    const target = localIds.get(ref);
    if (!target) throw new InputError(`statements[${index}].about`, `"${ref}" is not the id of a call, meeting or policy action of this article`);
    if (target.eventId !== undefined) eventIds.push(target.eventId);
    if (target.policyActionId !== undefined) policyActionIds.push(target.policyActionId);
  }
  return { eventIds, policyActionIds };
}
