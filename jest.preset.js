const nxPreset = require('@nx/jest/preset').default;

/** Shared Jest settings: Node environment, TypeScript through ts-jest (type checks run in the `typecheck` target). */
module.exports = {
  ...nxPreset,
  testEnvironment: 'node',
  transform: {
    '^.+\\.[cm]?[jt]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  coverageReporters: ['text-summary', 'html'],
};
