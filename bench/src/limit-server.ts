import { createServer } from 'node:http';
import Database from 'better-sqlite3';
import { createLimitHandler } from './limit-handler';

/** The limit as an HTTP server: `DATABASE_FILE=… PORT=… node --import tsx bench/src/limit-server.ts`. */
const db = new Database(process.env['DATABASE_FILE'] ?? '', { readonly: true });
const answer = createLimitHandler(db);
const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const body = answer(Buffer.concat(chunks).toString());
    response.writeHead(200, { 'content-type': 'application/graphql-response+json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    response.end(body);
  });
});
server.listen(Number(process.env['PORT']), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => process.exit(0)));
