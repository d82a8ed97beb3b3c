#!/usr/bin/env node
// `npx parley …`: the Parley command line, run from its TypeScript sources.
const path = require('node:path');

process.env.TSX_TSCONFIG_PATH ??= path.resolve(__dirname, '../../../tsconfig.json');
require('tsx/cjs');
require('../src/main.ts');
