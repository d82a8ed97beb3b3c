// `prisma generate` for the Prisma client and the Pothos types, then for the PostgreSQL
// client from prisma/postgresql/schema.prisma (derived from the model by `npm run db:postgresql`).
//
// Prisma's CLI fetches its native schema engine when it starts unless
// PRISMA_SCHEMA_ENGINE_BINARY names an existing file. `generate` never runs that engine,
// so when no engine is configured we point the variable at the Node binary: the command
// then works offline and behaves the same on a machine that can download engines.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
env.PRISMA_HIDE_UPDATE_MESSAGE ??= '1';
// Generators such as `prisma-pothos-types` are found on PATH, as under `npm run`.
const workspace = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const binDir = path.join(workspace, 'node_modules/.bin');
env.PATH = [binDir, env.PATH].filter(Boolean).join(path.delimiter);

const prismaCli = require.resolve('prisma/build/index.js');
const generate = (args) => spawnSync(process.execPath, [prismaCli, 'generate', ...args], { env, stdio: 'inherit' }).status ?? 1;
const args = process.argv.slice(2);
const status = generate(args);
process.exit(status !== 0 || args.includes('--schema') ? status : generate(['--schema', path.join(workspace, 'prisma/postgresql/schema.prisma')]));
