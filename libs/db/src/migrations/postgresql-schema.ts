const HEADER = `// GENERATED from prisma/schema.prisma by \`npm run db:postgresql\`: do not edit.
// Change the model in prisma/schema.prisma, then rerun the command.
`;

const CLIENT_GENERATOR = `generator client {
  provider            = "prisma-client"
  output              = "../../libs/db/src/generated/prisma-postgresql"
  moduleFormat        = "cjs"
  importFileExtension = ""
}
`;

/**
 * The PostgreSQL model derived from prisma/schema.prisma, the one source of truth: the
 * same models and enums with PostgreSQL as provider, and one generator for the client
 * Parley uses on PostgreSQL (the Pothos types come from the source alone).
 */
export function derivePostgresqlSchema(source: string): string {
  const datasource = /datasource\s+db\s*\{[^}]*\}/;
  if (!datasource.test(source)) throw new Error('prisma/schema.prisma has no `datasource db` block.');
  const body = source
    .replace(/generator\s+\w+\s*\{[^}]*\}\s*/g, '')
    .replace(datasource, 'datasource db {\n  provider = "postgresql"\n}');
  return `${HEADER}\n${CLIENT_GENERATOR}\n${body.trimStart()}`;
}
