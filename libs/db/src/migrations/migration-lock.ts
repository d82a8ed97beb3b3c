import pg from 'pg';
import { parseIntoClientConfig } from 'pg-connection-string';

/** Parley's own key ("parley-mig"): the schema engine may take Prisma's key on its own connection. */
const MIGRATION_LOCK = 0x7061726c65796d69n.toString();

/** Runs `work` holding the server's migration lock, so concurrent start-ups do not migrate twice. */
export async function oneMigratorAtATime<T>(url: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client(parseIntoClientConfig(url) as pg.ClientConfig);
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    return await work();
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
}
