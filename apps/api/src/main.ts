import { createServer } from 'node:http';
import { disconnectDatabase, prepareDatabase } from '@parley/db';
import { createApp } from './app';
import { readConfig } from './config';
import { createLogger } from './logger';

async function main(): Promise<void> {
  const logger = createLogger();
  const config = readConfig();
  const { appliedMigrations, seededArticles } = await prepareDatabase(config.databaseUrl, { seed: config.seed });
  logger.info('database ready', { databaseUrl: config.databaseUrl, appliedMigrations, seededArticles });

  const server = createServer(createApp({ logger, explorerDir: config.explorerDir }));
  server.once('error', (error) => {
    logger.error(`Parley could not listen on ${config.host}:${config.port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    logger.info(`Parley is serving the explorer at http://localhost:${port}/ and GraphQL with GraphiQL at http://localhost:${port}/graphql`);
  });

  const stop = (signal: string) => {
    logger.info('stopping', { signal });
    server.close(() => void disconnectDatabase().then(() => process.exit(0)));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Parley could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
