import { customerContract } from '@salon/contracts-customer';
import { createTestApi, startTypedClient, type TestApi } from '@salon/runtime/testing';
import { createCustomerApp } from '../app';

/**
 * A customer API (search page cache off) and its typed client for one search test file, started in
 * beforeAll and closed in afterAll, and `search(query)`: the 200 page, or a thrown error naming the
 * status. Declare it before the file's own beforeAll, which then sees `api()` ready.
 */
export function useSearchHarness(now: Date) {
  let api: TestApi;
  let typed: Awaited<ReturnType<typeof startTypedClient<typeof customerContract>>>;
  beforeAll(async () => {
    api = await createTestApi(createCustomerApp, { now: () => now });
    typed = await startTypedClient(api, customerContract);
  });
  afterAll(async () => {
    await typed.close();
    await api.close();
  });
  const search = async (query: Record<string, unknown>) => {
    const res = await typed.client.shops.search({ query: query as never });
    if (res.status !== 200) throw new Error(`search answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  };
  return { api: () => api, typed: () => typed, search };
}
