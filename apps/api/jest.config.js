module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  // Each suite migrates and seeds a real database first, which takes seconds on a busy machine.
  testTimeout: 30_000,
};
