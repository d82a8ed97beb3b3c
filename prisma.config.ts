import path from 'node:path';
import { defineConfig } from 'prisma/config';

// Prisma's CLI reads this for `prisma generate`. Migrations are applied by Parley's own
// runner on Prisma's WebAssembly schema engine (libs/db/src/migrations), which needs no
// native engine download.
export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
});
