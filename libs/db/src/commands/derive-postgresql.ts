import { derivePostgresql } from '../migrations/migrate';

/**
 * `npm run db:postgresql`: derives prisma/postgresql/ (the PostgreSQL model and its
 * migrations) from prisma/schema.prisma. Run it after every model change, with the SQLite
 * migration; `npm run prisma:generate` then builds both engines' clients.
 */
derivePostgresql()
  .then(({ schemaChanged, migration }) => {
    if (migration) console.log(`Wrote prisma/postgresql/migrations/${migration}/migration.sql`);
    console.log(schemaChanged ? 'Wrote prisma/postgresql/schema.prisma' : 'prisma/postgresql/ already matches prisma/schema.prisma.');
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
