module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  // Each suite migrates and seeds its own database, and some start worker threads: on a busy machine that takes seconds.
  testTimeout: 30_000,
};
