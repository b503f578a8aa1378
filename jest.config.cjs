// The whole suite in one Jest run: test files of every project run in parallel workers,
// each file on its own fresh database.
module.exports = {
  projects: ['<rootDir>/apps/*', '<rootDir>/libs/*', '<rootDir>/libs/contracts/*', '<rootDir>/tools/*'].map(
    (glob) => `${glob}/jest.config.cjs`,
  ),
};
