// Shared Jest settings: every project's jest.config.cjs spreads this.
// @swc/jest compiles TypeScript without type-checking (tsc does that in `npm run typecheck`).
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)s$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  // jose ships ESM only; compile it like our own code so CommonJS tests can load it.
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  moduleFileExtensions: ['ts', 'js', 'json', 'cjs', 'mjs'],
  // One PostgreSQL template database per run, cloned per test file (see @salon/db/testing).
  globalSetup: path.join(__dirname, 'libs/db/src/testing/global-setup.ts'),
  testTimeout: 30000,
};
