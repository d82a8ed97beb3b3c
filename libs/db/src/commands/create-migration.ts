import { createMigration } from '../migrations/migrate';

/** `nx run db:migration --args="NAME"`: writes prisma/migrations/<timestamp>_NAME from the schema changes. */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name) throw new Error('Give the migration a name: nx run db:migration --args="add_statement_index"');
  const folder = await createMigration(name);
  console.log(folder ? `Wrote prisma/migrations/${folder}/migration.sql` : 'The migrations already match prisma/schema.prisma: nothing to write.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
