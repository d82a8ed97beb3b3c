import { disconnectDatabase } from '../client';
import { prepareDatabase } from '../prepare';

/** `npm run db:seed`: migrates DATABASE_URL and loads the curated seed articles. */
prepareDatabase(process.env['DATABASE_URL'])
  .then(({ seededArticles }) => console.log(seededArticles ? `Loaded ${seededArticles} seed article(s).` : 'The seed is already loaded.'))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDatabase());
