// GET /shops/search through the search page cache (SEARCH_CACHE_TTL_SECONDS): a page may be as old
// as the TTL (not exact, by design), checks of the input still run first, and 0 turns it off.
import { customerContract } from '@salon/contracts-customer';
import { makeShop } from '@salon/db/testing';
import { createTestApi, errorEnvelope, startTypedClient, type TestApi } from '@salon/runtime/testing';
import { createCustomerApp } from '../app';

let cached: TestApi;
let uncached: TestApi;
let typedCached: Awaited<ReturnType<typeof startTypedClient<typeof customerContract>>>;
let typedUncached: Awaited<ReturnType<typeof startTypedClient<typeof customerContract>>>;

beforeAll(async () => {
  cached = await createTestApi((deps) => createCustomerApp(deps, { searchCacheTtlSeconds: 60 }));
  // Same database, cache off: what every request would see without the page cache.
  uncached = await createTestApi((deps) => createCustomerApp(deps, { searchCacheTtlSeconds: 0 }), { sharedDatabase: cached.database });
  typedCached = await startTypedClient(cached, customerContract);
  typedUncached = await startTypedClient(uncached, customerContract);
  await makeShop(cached.database.db, { name: 'Velvet Rooms', city: 'Leeds', latitude: 53.8, longitude: -1.55 });
});
afterAll(async () => {
  await Promise.all([typedCached.close(), typedUncached.close()]);
  await cached.close();
});

const names = async (typed: typeof typedCached, query: Record<string, unknown>) => {
  const res = await typed.client.shops.search({ query: query as never });
  if (res.status !== 200) throw new Error(`search answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.items.map((shop) => shop.name).sort();
};

describe('GET /shops/search with the page cache on', () => {
  it('serves a page computed earlier until its TTL ends; with the cache off the new shop shows at once', async () => {
    expect(await names(typedCached, { city: 'leeds' })).toEqual(['Velvet Rooms']);
    await makeShop(cached.database.db, { name: 'Velvet Studio', city: 'Leeds', latitude: 53.81, longitude: -1.56 });
    expect(await names(typedCached, { city: 'leeds' })).toEqual(['Velvet Rooms']); // cached, at most 60 s old
    expect(await names(typedUncached, { city: 'leeds' })).toEqual(['Velvet Rooms', 'Velvet Studio']);
    expect(await names(typedCached, { city: 'leeds', limit: 5 })).toEqual(['Velvet Rooms', 'Velvet Studio']); // another page: its own entry
  });

  it('still refuses radiusKm without near even when the same filters have a cached page', async () => {
    expect(await names(typedCached, {})).toContain('Velvet Rooms');
    const res = await typedCached.client.shops.search({ query: { radiusKm: 5 } as never });
    expect(res.status).toBe(400);
    expect(res.body).toEqual(errorEnvelope('validation_failed'));
  });

  it('still refuses a cursor of another search', async () => {
    const first = await typedCached.client.shops.search({ query: { city: 'leeds', limit: 1 } as never });
    const cursor = first.status === 200 ? first.body.nextCursor : null;
    expect(cursor).toEqual(expect.any(String));
    const res = await typedCached.client.shops.search({ query: { city: 'york', limit: 1, cursor } as never });
    expect(res.status).toBe(400);
    expect(res.body).toEqual(errorEnvelope('validation_failed'));
  });
});
