import { createServer } from 'node:http';
import { connectDatabase } from '@parley/db';
import { createYoga } from 'graphql-yoga';
import { createUsualSchema } from './usual-schema';

/** The usual way as an HTTP server: `DATABASE_URL=… PORT=… node --import tsx bench/src/usual-server.ts`. */
async function main(): Promise<void> {
  const db = await connectDatabase(process.env['DATABASE_URL']);
  const yoga = createYoga({ schema: createUsualSchema(db), graphqlEndpoint: '/graphql', landingPage: false, graphiql: false, logging: false });
  createServer(yoga).listen(Number(process.env['PORT']), '127.0.0.1');
}

void main();
process.once('SIGTERM', () => process.exit(0));
