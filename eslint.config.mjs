import nx from '@nx/eslint-plugin';

/** Libraries that must stay pure: no database, no GraphQL, no I/O. */
const PURE_BANNED_PACKAGES = ['@prisma/*', 'prisma', '@parley/db', 'graphql', 'graphql-*', '@pothos/*', 'better-sqlite3', 'pg'];
const NODE_IO_MODULES = ['fs', 'fs/*', 'node:fs', 'node:fs/*', 'path', 'node:path', 'http', 'node:http', 'https', 'node:https', 'net', 'node:net', 'child_process', 'node:child_process', 'process', 'node:process'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/node_modules', '**/dist', '**/generated/**', 'tmp', 'coverage', 'data'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['@parley/db/testing', '@parley/ingest/testing'],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:service', 'type:data-access', 'type:domain'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:data-access', 'type:domain'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:service', 'type:data-access', 'type:domain'] },
            { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:data-access', 'type:domain'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: PURE_BANNED_PACKAGES },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['libs/domain/src/**/*.ts', 'libs/extract/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/__fixtures__/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [], patterns: [{ group: NODE_IO_MODULES, message: 'The domain and the extractor are pure: no I/O.' }] }],
      'no-restricted-globals': ['error', { name: 'process', message: 'The domain and the extractor are pure: read configuration in an app.' }],
      'no-console': 'error',
    },
  },
  {
    files: ['libs/schema/src/types/**/*.ts', 'libs/db/src/graph/**/*.ts', 'libs/db/src/queries/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
];
