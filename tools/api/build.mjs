// Bundles the API server (apps/api/src/main.ts and the workspace libraries it imports) into
// one CommonJS file with esbuild, so that `npm start` runs plain JavaScript instead of
// compiling TypeScript on the fly. Packages stay in node_modules, loaded as usual.
//
//   node tools/api/build.mjs     builds dist/api/main.js (run by postinstall, and by `npm start` when a source changed)
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const WORKSPACE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ENTRY = path.join(WORKSPACE, 'apps/api/src/main.ts');
export const BUNDLE = path.join(WORKSPACE, 'dist/api/main.js');
/** The workspace files the bundle was built from, to tell when it is out of date. */
const INPUTS = path.join(WORKSPACE, 'dist/api/inputs.json');

/**
 * Sources find files beside them through `__dirname` (the Prisma folder, the article worker,
 * the built explorer); in the bundle it would name dist/api, so each source's own folder is
 * written in, relative to the bundle, which therefore stays valid wherever the checkout moves.
 */
const sourceDirname = {
  name: 'source-dirname',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('__dirname')) return undefined;
      const relative = path.relative(path.dirname(BUNDLE), path.dirname(args.path)).split(path.sep).join('/');
      const dirname = `require('node:path').join(__dirname, ${JSON.stringify(relative)})`;
      return { contents: source.replace(/\b__dirname\b/g, dirname), loader: 'ts' };
    });
  },
};

/** Builds the bundle; returns how long it took in milliseconds. */
export async function buildApi() {
  const started = performance.now();
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: WORKSPACE,
    entryPoints: [ENTRY],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    tsconfig: path.join(WORKSPACE, 'tsconfig.base.json'),
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    plugins: [sourceDirname],
  });
  writeFileSync(INPUTS, JSON.stringify(Object.keys(result.metafile.inputs)));
  return Math.round(performance.now() - started);
}

function modifiedMs(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Whether the bundle exists and no source it was built from changed (or vanished) since. */
export function bundleIsCurrent() {
  const built = modifiedMs(BUNDLE);
  if (!Number.isFinite(built)) return false;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(INPUTS, 'utf8'));
  } catch {
    return false;
  }
  return inputs.every((input) => modifiedMs(path.join(WORKSPACE, input)) <= built);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const ms = await buildApi();
  process.stdout.write(`built ${path.relative(WORKSPACE, BUNDLE)} in ${ms} ms\n`);
}
