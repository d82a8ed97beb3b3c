const nxPreset = require('@nx/jest/preset').default;

/**
 * Shared Jest settings: Node environment, TypeScript through ts-jest (type checks run in
 * the `typecheck` target). Prisma's WebAssembly schema engine ships as an ES module, so
 * it is transformed like our own code.
 */
module.exports = {
  ...nxPreset,
  testEnvironment: 'node',
  // Database tests migrate a fresh database in their hooks; on a busy 2-core machine that can take seconds.
  testTimeout: 30_000,
  transform: {
    '^.+\\.[cm]?[jt]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  // Suites migrate real databases on the WebAssembly schema engine in their hooks, which
  // takes seconds when other work shares the machine's two cores.
  testTimeout: 30_000,
  transformIgnorePatterns: ['/node_modules/(?!@prisma/schema-engine-wasm/)'],
  coverageReporters: ['text-summary', 'html'],
};
