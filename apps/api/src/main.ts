import { createServer } from 'node:http';
import { createPostgresqlEventTarget, disconnectDatabase, parseDatabaseUrl, prepareDatabase, redactPassword } from '@parley/db';
import { createGraphEvents } from '@parley/schema';
import { createApp } from './app';
import { readConfig } from './config';
import { createLogger } from './logger';
import { createMetrics } from './metrics';
import { stopServer } from './shutdown';

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  const { appliedMigrations, seededArticles } = await prepareDatabase(config.databaseUrl, { seed: config.seed });
  logger.info('database ready', { databaseUrl: redactPassword(config.databaseUrl), appliedMigrations, seededArticles });

  // On PostgreSQL, live updates travel through LISTEN/NOTIFY, so a subscriber on any API replica hears every replica's ingests.
  const sharedEvents =
    parseDatabaseUrl(config.databaseUrl).provider === 'postgresql'
      ? createPostgresqlEventTarget({ url: config.databaseUrl, onError: (error) => logger.warn('live updates lost their PostgreSQL connection', { error }) })
      : null;
  await sharedEvents?.ready();

  const app = createApp({
    logger,
    events: sharedEvents ? createGraphEvents(sharedEvents) : undefined,
    settings: config.app,
    metrics: createMetrics({ processMetrics: true }),
    publicRead: config.publicRead,
    corsOrigins: config.corsOrigins,
    explorerDir: config.explorerDir,
  });
  const server = createServer(app);
  server.once('error', (error) => {
    logger.error(`Parley could not listen on ${config.host}:${config.port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const origin = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    logger.info(`Parley is serving the explorer at ${origin}/ and GraphQL${config.app.graphiql ? ' with GraphiQL' : ''} at ${origin}/graphql`, { port });
  });

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const started = performance.now();
    logger.info('stopping', { signal });
    const { closedConnections } = await stopServer(server, config.shutdownTimeoutMs);
    await app.dispose();
    await sharedEvents?.close();
    await disconnectDatabase();
    logger.info('stopped', { signal, closedConnections, ms: Math.round(performance.now() - started) });
    process.exit(0);
  };
  process.on('SIGINT', (signal) => void stop(signal));
  process.on('SIGTERM', (signal) => void stop(signal));
}

main().catch((error: unknown) => {
  process.stderr.write(`Parley could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
