import { useCustomerApi } from './customer-api-harness';

/**
 * useCustomerApi (search page cache off, as every test app) plus `search(query)`: the 200 page,
 * or a thrown error naming the status.
 */
export function useSearchHarness(now: Date) {
  const harness = useCustomerApi(() => now);
  const search = async (query: Record<string, unknown>) => {
    const res = await harness.typed().client.shops.search({ query: query as never });
    if (res.status !== 200) throw new Error(`search answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  };
  return { ...harness, search };
}
