// GET /shops/search?q= reads the word tables of migration 0020 (search_words, search_terms), kept by
// triggers: they follow renames, deactivation and deletion of shops and services at once, and a
// misspelt query of several words ranks the shop matching every word first.
import { customerContract } from '@salon/contracts-customer';
import { eq, services, shops } from '@salon/db';
import { makeService, makeShop } from '@salon/db/testing';
import { createTestApi, startTypedClient, type TestApi } from '@salon/runtime/testing';
import { createCustomerApp } from '../app';

let api: TestApi;
let typed: Awaited<ReturnType<typeof startTypedClient<typeof customerContract>>>;

beforeAll(async () => {
  api = await createTestApi(createCustomerApp, { now: () => new Date('2026-06-01T00:00:00Z') });
  typed = await startTypedClient(api, customerContract);
});
afterAll(async () => {
  await typed.close();
  await api.close();
});

const names = async (query: Record<string, unknown>) => {
  const res = await typed.client.shops.search({ query: query as never });
  if (res.status !== 200) throw new Error(`search answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.items.map((shop) => shop.name);
};

describe('GET /shops/search?q= follows shops and services as they change', () => {
  it('finds a renamed shop by its new name only, and a moved one in its new city', async () => {
    const shop = await makeShop(api.database.db, { name: 'Quillfeather Rooms' });
    await makeService(api.database.db, { shopId: shop.id, name: 'Wash', category: 'Styling' });
    expect(await names({ q: 'quilfeather' })).toEqual(['Quillfeather Rooms']);
    await api.database.db.update(shops).set({ name: 'Marigold Rooms' }).where(eq(shops.id, shop.id));
    expect(await names({ q: 'quilfeather' })).toEqual([]);
    expect(await names({ q: 'marigld' })).toEqual(['Marigold Rooms']);
    expect(await names({ q: 'marigld', city: ' london' })).toEqual(['Marigold Rooms']);
    await api.database.db.update(shops).set({ city: 'Leeds' }).where(eq(shops.id, shop.id));
    expect(await names({ q: 'marigld', city: 'london' })).toEqual([]);
    expect(await names({ q: 'marigld', city: 'LEEDS' })).toEqual(['Marigold Rooms']);
  });

  it('drops a shop when it is deactivated or deleted, and lists it again when reactivated', async () => {
    const shop = await makeShop(api.database.db, { name: 'Periwinkle Parlour' });
    await makeService(api.database.db, { shopId: shop.id, name: 'Trim', category: 'Styling' });
    await api.database.db.update(shops).set({ isActive: false }).where(eq(shops.id, shop.id));
    expect(await names({ q: 'periwinkel' })).toEqual([]);
    await api.database.db.update(shops).set({ isActive: true }).where(eq(shops.id, shop.id));
    expect(await names({ q: 'periwinkel' })).toEqual(['Periwinkle Parlour']);
    await api.database.db.update(shops).set({ deletedAt: new Date() }).where(eq(shops.id, shop.id));
    expect(await names({ q: 'periwinkel' })).toEqual([]);
  });

  it('follows a service renamed, deactivated, deleted or removed', async () => {
    const shop = await makeShop(api.database.db, { name: 'Corner Place' });
    const service = await makeService(api.database.db, { shopId: shop.id, name: 'Dermaplaning', category: 'Facials' });
    await makeService(api.database.db, { shopId: shop.id, name: 'Wash', category: 'Styling' });
    expect(await names({ q: 'dermaplanin' })).toEqual(['Corner Place']);
    await api.database.db.update(services).set({ name: 'Microneedling' }).where(eq(services.id, service.id));
    expect(await names({ q: 'dermaplanin' })).toEqual([]);
    expect(await names({ q: 'microneedlin' })).toEqual(['Corner Place']);
    await api.database.db.update(services).set({ isActive: false }).where(eq(services.id, service.id));
    expect(await names({ q: 'microneedlin' })).toEqual([]);
    await api.database.db.update(services).set({ isActive: true }).where(eq(services.id, service.id));
    expect(await names({ q: 'microneedlin' })).toEqual(['Corner Place']);
    await api.database.db.update(services).set({ deletedAt: new Date() }).where(eq(services.id, service.id));
    expect(await names({ q: 'microneedlin' })).toEqual([]);
    await api.database.db.delete(services).where(eq(services.id, service.id));
    expect(await names({ q: 'microneedlin' })).toEqual([]);
    expect(await names({ q: 'corner' })).toEqual(['Corner Place']); // the shop itself is still listed
  });

  it('ranks the shop matching every word of a misspelt query first, and needs the filtered service to match', async () => {
    const both = await makeShop(api.database.db, { name: 'Tangerine Studio' });
    await makeService(api.database.db, { shopId: both.id, name: 'Hot Towel Shave', category: 'Barbering', priceMinor: 2000 });
    const some = await makeShop(api.database.db, { name: 'Lantern Studio' });
    await makeService(api.database.db, { shopId: some.id, name: 'Hot Stone Massage', category: 'Massage', priceMinor: 5000 });
    await makeService(api.database.db, { shopId: some.id, name: 'Towel Wrap', category: 'Spa', priceMinor: 1000 });
    await makeService(api.database.db, { shopId: some.id, name: 'Brow Tint', category: 'Skin', priceMinor: 500 });
    expect(await names({ q: 'hot towl shav' })).toEqual(['Tangerine Studio', 'Lantern Studio']);
    const matched = await typed.client.shops.search({ query: { q: 'hot towl shav' } as never });
    // The cheapest service containing a word q matched (Towel Wrap: "towel"), not the shop's cheapest (Brow Tint).
    expect(matched.status === 200 && matched.body.items.map((shop) => shop.matchedService?.name)).toEqual(['Hot Towel Shave', 'Towel Wrap']);
    // Lantern's cheap service (Towel Wrap) matches "towl", not "shav": one of three words, below 0.4.
    expect(await names({ q: 'hot towl shav', maxPriceMinor: 1500 })).toEqual([]);
    expect(await names({ q: 'shave', category: 'massage' })).toEqual([]);
    expect(await names({ q: 'shave', category: 'barbering' })).toEqual(['Tangerine Studio']);
  });
});
