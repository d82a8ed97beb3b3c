// Subscriptions, served over Server-Sent Events: what ingest adds to the graph, as it commits.
import { getDatabase } from '@parley/db';
import { filter, pipe } from 'graphql-yoga';
import { builder } from '../builder';
import { personIdFromGlobalId } from '../inputs';
import { CallRef } from './call';

builder.subscriptionType({ description: 'Follow the graph as articles are ingested. Served as GraphQL over Server-Sent Events.' });

builder.subscriptionFields((t) => ({
  statementAdded: t.prismaField({
    type: 'Statement',
    description: 'Each statement an ingested article adds to the graph, once its transaction has committed; only those of one speaker when `speaker` is given.',
    args: { speaker: t.arg.id({ description: 'A Person ID.' }) },
    subscribe: (_root, args, context) => {
      const speakerId = args.speaker ? personIdFromGlobalId(String(args.speaker), 'speaker') : null;
      return pipe(
        context.events.subscribe('statementAdded'),
        filter((added) => speakerId === null || added.speakerId === speakerId),
      );
    },
    resolve: (query, added) => getDatabase().statement.findUniqueOrThrow({ ...query, where: { id: added.statementId } }),
  }),
  callAdded: t.prismaField({
    type: CallRef,
    description: 'Each call an ingested article adds to the graph, once its transaction has committed; only those with one participant when `participant` is given.',
    args: { participant: t.arg.id({ description: 'A Person ID.' }) },
    subscribe: (_root, args, context) => {
      const participantId = args.participant ? personIdFromGlobalId(String(args.participant), 'participant') : null;
      return pipe(
        context.events.subscribe('callAdded'),
        filter((added) => participantId === null || added.participantIds.includes(participantId)),
      );
    },
    resolve: (query, added) => getDatabase().event.findUniqueOrThrow({ ...query, where: { id: added.callId } }),
  }),
}));
