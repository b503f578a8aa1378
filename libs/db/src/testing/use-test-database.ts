import { type DatabaseHandle } from '../types';
import { createTestDatabase, type TestDatabaseOptions } from './create-test-database';

/**
 * Registers beforeAll/afterAll hooks that open this file's own fresh database and drop it after,
 * and returns a getter for it (the handle exists only once beforeAll has run).
 *
 * @example
 * const database = useTestDatabase();
 * it('…', async () => { await makeShop(database().db); });
 */
export function useTestDatabase(opts: TestDatabaseOptions = {}): () => DatabaseHandle {
  let handle: DatabaseHandle | undefined;
  beforeAll(async () => {
    handle = await createTestDatabase(opts);
  });
  afterAll(async () => {
    await handle?.close();
  });
  return () => {
    if (!handle) throw new Error('useTestDatabase(): the database is opened in beforeAll; use it inside a test or hook.');
    return handle;
  };
}
