import { prepareTestDatabases } from './create-test-database';

/**
 * Jest globalSetup (jest.preset.cjs): one migrated PostgreSQL template or PGlite snapshot per run,
 * which each test file then clones. Jest runs a shared globalSetup path once per run; separate
 * Jest processes (nx run-many) are safe too (advisory lock, atomic rename).
 */
export default async function globalSetup(): Promise<void> {
  await prepareTestDatabases();
}
