import { migrateDatabase } from '../migrations/migrate';

/** `npm run db:migrate`: applies the committed migrations to DATABASE_URL. */
migrateDatabase(process.env['DATABASE_URL'])
  .then((applied) => {
    console.log(applied.length ? `Applied ${applied.join(', ')}` : 'The database is up to date.');
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
