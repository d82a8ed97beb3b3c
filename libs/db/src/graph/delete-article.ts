import type { Database } from '../client';
import { InputError } from '../errors';
import type { Tx } from './transaction';

/** How many facts of each kind: statements, calls, meetings, policy actions, and the aliases and roles of people who stay. */
export interface FactTally {
  statements: number;
  calls: number;
  meetings: number;
  policyActions: number;
  aliases: number;
  roles: number;
}

/** What retracting an article takes out of the graph, and what stays with one source fewer. */
export interface ArticleRetraction {
  article: { id: number; title: string | null; url: string | null; publishedOn: string };
  /** Facts only this article reported: removed. */
  removed: FactTally & { people: string[] };
  /** Facts other articles also report: kept, with this article no longer among their sources. */
  kept: FactTally;
  /** False for a dry run: nothing was written. */
  deleted: boolean;
}

/** The article an id or a URL names; a URL shared by several articles is ambiguous. */
async function findArticle(tx: Tx, idOrUrl: string | number): Promise<ArticleRetraction['article']> {
  const select = { id: true, title: true, url: true, publishedOn: true } as const;
  const asId = typeof idOrUrl === 'number' ? idOrUrl : /^\d+$/.test(idOrUrl.trim()) ? Number(idOrUrl.trim()) : null;
  if (asId !== null) {
    const article = await tx.article.findUnique({ where: { id: asId }, select });
    if (!article) throw new InputError('article', `no article has the id ${asId}`);
    return article;
  }
  const url = String(idOrUrl).trim();
  const articles = await tx.article.findMany({ where: { url }, select, orderBy: { id: 'asc' } });
  if (articles.length === 0) throw new InputError('article', `no article has the URL ${url}`);
  if (articles.length > 1) throw new InputError('article', `${articles.length} articles have the URL ${url} (ids ${articles.map((article) => article.id).join(', ')}): name one by its id`);
  return articles[0] as ArticleRetraction['article'];
}

/** Of the people the removed facts involve, those with no statement, event or action left once those facts are gone. */
async function peopleLeftWithout(tx: Tx, candidates: number[], going: { statements: number[]; events: number[]; actions: number[] }): Promise<Array<{ id: number; name: string }>> {
  if (candidates.length === 0) return [];
  return tx.person.findMany({
    where: {
      id: { in: candidates },
      statements: { every: { id: { in: going.statements } } },
      events: { every: { id: { in: going.events } } },
      initiatedEvents: { every: { id: { in: going.events } } },
      announcedActions: { every: { id: { in: going.actions } } },
      negotiationsJoined: { every: { id: { in: going.actions } } },
    },
    select: { id: true, name: true },
    orderBy: { name: 'asc' },
  });
}

function split<T extends { id: number; sources: number }>(facts: T[]): { only: number[]; shared: number[] } {
  return { only: facts.filter((fact) => fact.sources === 1).map((fact) => fact.id), shared: facts.filter((fact) => fact.sources > 1).map((fact) => fact.id) };
}

/**
 * Takes an article out of the graph in one transaction: the article, every statement,
 * call, meeting and policy action only it reported, the people only those facts
 * involved, and the aliases and roles only it reported of the people who stay (those
 * written before articles were recorded as their sources have none, and stay). Facts other articles also report stay, without this source. A dry run
 * reports the same and writes nothing.
 */
export async function deleteArticle(db: Database, idOrUrl: string | number, options: { dryRun?: boolean } = {}): Promise<ArticleRetraction> {
  const dryRun = options.dryRun ?? false;
  return db.$transaction(async (tx) => {
    const article = await findArticle(tx, idOrUrl);
    const statements = await tx.statement.findMany({
      where: { sources: { some: { articleId: article.id } } },
      select: { id: true, speakerId: true, sources: { where: { articleId: { not: article.id } }, select: { id: true }, take: 1 } },
    });
    const events = await tx.event.findMany({
      where: { articles: { some: { id: article.id } } },
      select: { id: true, kind: true, initiatorId: true, participants: { select: { id: true } }, _count: { select: { articles: true } } },
    });
    const actions = await tx.policyAction.findMany({
      where: { articles: { some: { id: article.id } } },
      select: { id: true, announcedById: true, participantPeople: { select: { id: true } }, _count: { select: { articles: true } } },
    });
    const statementSplit = split(statements.map((statement) => ({ id: statement.id, sources: statement.sources.length === 0 ? 1 : 2 })));
    const eventSplit = split(events.map((event) => ({ id: event.id, sources: event._count.articles })));
    const actionSplit = split(actions.map((action) => ({ id: action.id, sources: action._count.articles })));
    const removedEvents = new Set(eventSplit.only);
    const countKind = (ids: number[], kind: 'CALL' | 'MEETING') => events.filter((event) => event.kind === kind && ids.includes(event.id)).length;

    const removedStatements = new Set(statementSplit.only);
    const removedActions = new Set(actionSplit.only);
    const involved = new Set<number>();
    for (const statement of statements) if (removedStatements.has(statement.id) && statement.speakerId !== null) involved.add(statement.speakerId);
    for (const event of events) {
      if (!removedEvents.has(event.id)) continue;
      if (event.initiatorId !== null) involved.add(event.initiatorId);
      for (const participant of event.participants) involved.add(participant.id);
    }
    for (const action of actions) {
      if (!removedActions.has(action.id)) continue;
      if (action.announcedById !== null) involved.add(action.announcedById);
      for (const person of action.participantPeople) involved.add(person.id);
    }

    const people = await peopleLeftWithout(tx, [...involved], { statements: statementSplit.only, events: eventSplit.only, actions: actionSplit.only });
    // Aliases and roles of the people who stay: those only this article reported go with it.
    const leaving = people.map((person) => person.id);
    const reportedHere = { articles: { some: { id: article.id } }, personId: { notIn: leaving } };
    const onlyHere = { articles: { some: { id: article.id }, every: { id: article.id } }, personId: { notIn: leaving } };
    const aliases = { only: await tx.personAlias.findMany({ where: onlyHere, select: { id: true } }), all: await tx.personAlias.count({ where: reportedHere }) };
    const roles = { only: await tx.role.findMany({ where: onlyHere, select: { id: true } }), all: await tx.role.count({ where: reportedHere }) };
    if (!dryRun) {
      await tx.article.delete({ where: { id: article.id } });
      await tx.statement.deleteMany({ where: { id: { in: statementSplit.only } } });
      await tx.event.deleteMany({ where: { id: { in: eventSplit.only } } });
      await tx.policyAction.deleteMany({ where: { id: { in: actionSplit.only } } });
      await tx.person.deleteMany({ where: { id: { in: leaving } } });
      await tx.personAlias.deleteMany({ where: { id: { in: aliases.only.map((alias) => alias.id) } } });
      await tx.role.deleteMany({ where: { id: { in: roles.only.map((role) => role.id) } } });
    }

    return {
      article,
      removed: {
        statements: statementSplit.only.length,
        calls: countKind(eventSplit.only, 'CALL'),
        meetings: countKind(eventSplit.only, 'MEETING'),
        policyActions: actionSplit.only.length,
        aliases: aliases.only.length,
        roles: roles.only.length,
        people: people.map((person) => person.name),
      },
      kept: {
        statements: statementSplit.shared.length,
        calls: countKind(eventSplit.shared, 'CALL'),
        meetings: countKind(eventSplit.shared, 'MEETING'),
        policyActions: actionSplit.shared.length,
        aliases: aliases.all - aliases.only.length,
        roles: roles.all - roles.only.length,
      },
      deleted: !dryRun,
    };
  });
}
