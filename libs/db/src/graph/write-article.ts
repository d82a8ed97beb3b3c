import { createHash } from 'node:crypto';
import type { EventKind, ExtractedCall, ExtractedMeeting, Extraction, ExtractedStatement } from '@parley/domain';
import { countWords } from '@parley/domain';
import type { Database } from '../client';
import { InputError } from '../errors';
import { Affiliations } from './affiliations';
import type { CheckedArticle } from './article-input';
import { landEvent } from './events';
import { inMergeTransaction } from './merge-transaction';
import { People } from './people';
import { landPolicyAction } from './policy-actions';
import { attributeStatements, landStatement, placeStatements } from './statements';
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

/**
 * Writes an article and everything extracted from it in one transaction, merging into
 * the people, events, statements and actions the graph already holds. The same text
 * written again changes nothing; any error leaves the database as it was.
 */
export async function writeArticle(db: Database, article: CheckedArticle, extraction: Extraction): Promise<ArticleWrite> {
  const statements = extraction.statements.filter((statement) => !statement.optional);
  const spans = placeStatements(article.text, statements);
  const attributions = attributeStatements(article.text, statements);
  const hash = contentHash(article.text);

  return inMergeTransaction(db, async (tx) => {
    const stored = await tx.article.findUnique({ where: { contentHash: hash }, select: { id: true } });
    if (stored) return { article: { id: stored.id, created: false }, people: [], events: [], policyActions: [], statements: [] };

    const { id: articleId } = await tx.article.create({
      data: { ...article, contentHash: hash, wordCount: countWords(article.text) },
      select: { id: true },
    });
    const affiliations = new Affiliations(tx);
    const declared = new Map(extraction.people.map((person) => [person.name, person]));
    const people = new People(tx, affiliations, declared, articleId);
    for (const name of declared.keys()) await people.resolve(name);

    const localIds = new Map<string, { eventId?: number; policyActionId?: number }>();
    const events: ArticleWrite['events'] = [];
    const eventLists: Array<[EventKind, Array<ExtractedCall | ExtractedMeeting>]> = [
      ['call', extraction.calls],
      ['meeting', extraction.meetings ?? []],
    ];
    for (const [kind, list] of eventLists) {
      for (const event of list) {
        const landed = await landEvent(tx, people, kind, event, articleId);
        localIds.set(event.id, { eventId: landed.id });
        events.push({ ...landed, localId: event.id, kind });
      }
    }

    const policyActions: ArticleWrite['policyActions'] = [];
    const declaredNames = new Set(declared.keys());
    for (const action of extraction.policyActions) {
      const landed = await landPolicyAction(tx, people, affiliations, action, { id: articleId, publishedOn: article.publishedOn }, declaredNames);
      localIds.set(action.id, { policyActionId: landed.id });
      policyActions.push({ ...landed, localId: action.id });
    }
    await linkResponses(tx, extraction, localIds);

    const written: ArticleWrite['statements'] = [];
    for (const [index, statement] of statements.entries()) {
      const links = statementLinks(statement, index, localIds);
      const span = spans[index];
      const attribution = attributions[index];
      if (!span || !attribution) throw new Error(`statement ${index} has no place in the article`);
      const landed = await landStatement(tx, people, statement, { articleId, span, attribution }, links);
      written.push({ ...landed, index });
    }

    const landedPeople = [...(await people.landed())].map(([name, landed]) => ({ ...landed, name }));
    return { article: { id: articleId, created: true }, people: landedPeople, events, policyActions, statements: written };
  });
}

function statementLinks(statement: ExtractedStatement, index: number, localIds: Map<string, { eventId?: number; policyActionId?: number }>) {
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

async function linkResponses(tx: Tx, extraction: Extraction, localIds: Map<string, { policyActionId?: number }>): Promise<void> {
  for (const [index, action] of extraction.policyActions.entries()) {
    if (!action.inResponseTo) continue;
    const responder = localIds.get(action.id)?.policyActionId;
    const cause = localIds.get(action.inResponseTo)?.policyActionId;
    if (cause === undefined || responder === undefined) {
      throw new InputError(`policyActions[${index}].inResponseTo`, `"${action.inResponseTo}" is not the id of a policy action of this article`);
    }
    await tx.policyAction.updateMany({ where: { id: responder, inResponseToId: null }, data: { inResponseToId: cause } });
  }
}
