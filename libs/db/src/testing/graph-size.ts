import type { Database } from '../client';

/** How many of each record the graph holds: a write that changed nothing leaves these equal. */
export async function graphSize(db: Database) {
  return {
    articles: await db.article.count(),
    people: await db.person.count(),
    events: await db.event.count(),
    statements: await db.statement.count(),
    actions: await db.policyAction.count(),
    quotes: await db.statementSource.count(),
  };
}
