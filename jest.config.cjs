// The whole suite in one Jest run: test files of every project run in parallel workers,
// each file on its own fresh database.
module.exports = {
  // Global option: ignored inside project configs. PGlite start-up can exceed the 5 s default under load.
  testTimeout: 30000,
  projects: ['<rootDir>/apps/*', '<rootDir>/libs/*', '<rootDir>/libs/contracts/*', '<rootDir>/tools/*'].map(
    (glob) => `${glob}/jest.config.cjs`,
  ),
};
