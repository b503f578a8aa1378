import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

// Module boundaries fail closed: every project carries one type:* and one scope:* tag, and there is
// no '*' row, so an untagged project or an unlisted dependency is a lint error.
const VENDOR = ['stripe', '@sendgrid/*', '@clerk/*'];
const DB_DRIVERS = ['drizzle-orm', 'drizzle-orm/*', 'postgres', '@electric-sql/*', 'pg'];
const IO = [...DB_DRIVERS, 'express', 'ioredis', ...VENDOR, 'node:fs', 'node:http', 'node:net', 'fs', 'http', 'net'];

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', '**/.data/**', '**/.nx/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { plugins: { '@nx': nx } },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='process'][property.name='env']", message: 'Read config once in an app config.ts; libs never read process.env.' },
      ],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:contract', 'type:domain', 'type:data', 'type:adapter', 'type:edge', 'type:util', 'type:test-util'], bannedExternalImports: [...VENDOR, ...DB_DRIVERS] },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:tool', 'type:app', 'type:feature', 'type:contract', 'type:domain', 'type:data', 'type:adapter', 'type:edge', 'type:util', 'type:test-util'] },
            { sourceTag: 'type:edge', onlyDependOnLibsWithTags: ['type:contract', 'type:util', 'type:test-util'], bannedExternalImports: [...VENDOR, ...DB_DRIVERS] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:edge', 'type:domain', 'type:data', 'type:adapter', 'type:contract', 'type:util', 'type:test-util'], bannedExternalImports: [...VENDOR, ...DB_DRIVERS] },
            { sourceTag: 'type:adapter', onlyDependOnLibsWithTags: ['type:util', 'type:test-util'] },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:util', 'type:test-util'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:util'], notDependOnLibsWithTags: ['type:data', 'type:adapter'], bannedExternalImports: [...IO, 'node:*'] },
            { sourceTag: 'type:contract', onlyDependOnLibsWithTags: ['type:contract', 'type:util'], bannedExternalImports: IO },
            // Test-only helpers (free ports, waiting for a port): reachable as @salon/*/testing only, so from tests and tools.
            { sourceTag: 'type:test-util', onlyDependOnLibsWithTags: ['type:util'], bannedExternalImports: [...VENDOR, ...DB_DRIVERS] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'], bannedExternalImports: IO },
            { sourceTag: 'scope:owner', onlyDependOnLibsWithTags: ['scope:owner', 'scope:shared'] },
            { sourceTag: 'scope:customer', onlyDependOnLibsWithTags: ['scope:customer', 'scope:shared'] },
            { sourceTag: 'scope:worker', onlyDependOnLibsWithTags: ['scope:worker', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            // Only the embedded launcher and the OpenAPI export compose every app and contract.
            { sourceTag: 'scope:all', onlyDependOnLibsWithTags: ['scope:owner', 'scope:customer', 'scope:worker', 'scope:shared'] },
          ],
        },
      ],
    },
  },
  {
    // Test helpers ship as each lib's ./testing entry; only tests and tools may use them.
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: ['**/*.test.ts', '**/src/testing/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@salon/*/testing'], message: 'Test helpers are for *.test.ts files only.' }] }],
    },
  },
  {
    // Composition roots read the environment exactly once, in their config.ts / main.ts.
    files: ['apps/*/src/main.ts', 'apps/*/src/config.ts', 'tools/**/*.ts', '**/*.test.ts', '**/src/testing/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
