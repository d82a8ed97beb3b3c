// A worker thread starts without the loader that runs Parley's TypeScript sources (tsx in
// the server, ts-jest in tests), so it registers tsx before loading the task.
require('tsx/cjs');
module.exports = require('./article-task.ts');
