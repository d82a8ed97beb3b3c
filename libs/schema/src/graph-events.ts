import { getDatabase, type ArticleWrite } from '@parley/db';
import { createPubSub, type PubSub, type PubSubEventTarget } from 'graphql-yoga';

export interface StatementAdded {
  statementId: number;
  speakerId: number | null;
}

export interface CallAdded {
  callId: number;
  participantIds: number[];
}

type GraphEventArgs = {
  statementAdded: [StatementAdded];
  callAdded: [CallAdded];
};

export type GraphEvents = PubSub<GraphEventArgs>;

/**
 * The channel between ingest and subscribers. By default it lives in this process; an
 * `EventTarget` shared between API replicas (PostgreSQL LISTEN/NOTIFY) carries it further.
 */
export function createGraphEvents(eventTarget?: PubSubEventTarget<GraphEventArgs>): GraphEvents {
  return createPubSub<GraphEventArgs>(eventTarget ? { eventTarget } : undefined);
}

/** Announces the statements and calls an ingest created. Call it only once the write has committed. */
export async function announceWrite(events: GraphEvents, write: ArticleWrite): Promise<void> {
  const statementIds = write.statements.filter((statement) => statement.created).map((statement) => statement.id);
  const callIds = write.events.filter((event) => event.created && event.kind === 'call').map((event) => event.id);
  if (statementIds.length === 0 && callIds.length === 0) return;
  const db = getDatabase();
  const [statements, calls] = await Promise.all([
    db.statement.findMany({ where: { id: { in: statementIds } }, select: { id: true, speakerId: true }, orderBy: { id: 'asc' } }),
    db.event.findMany({ where: { id: { in: callIds } }, select: { id: true, participants: { select: { id: true } } }, orderBy: { id: 'asc' } }),
  ]);
  for (const statement of statements) events.publish('statementAdded', { statementId: statement.id, speakerId: statement.speakerId });
  for (const call of calls) events.publish('callAdded', { callId: call.id, participantIds: call.participants.map((person) => person.id) });
}
