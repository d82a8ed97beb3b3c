// `npm start`: runs the bundled API server, building it first when it is missing or older
// than one of its sources (a fresh checkout without postinstall, or an edited source).
import { createRequire } from 'node:module';
import { BUNDLE, buildApi, bundleIsCurrent } from './build.mjs';

if (!bundleIsCurrent()) await buildApi();
createRequire(import.meta.url)(BUNDLE);
