// GET /shops/search?q= reads the word tables of migration 0020 (search_words, search_terms), kept by
// triggers: they follow renames, deactivation and deletion of shops and services at once, and a
// misspelt query of several words ranks the shop matching every word first.
import { eq, services, shops } from '@salon/db';
import { makeService, makeShop } from '@salon/db/testing';
import { useSearchHarness } from '../testing/search-harness';

const harness = useSearchHarness(new Date('2026-06-01T00:00:00Z'));
const db = () => harness.api().database.db;
const names = async (query: Record<string, unknown>) => (await harness.search(query)).items.map((shop) => shop.name);

describe('GET /shops/search?q= follows shops and services as they change', () => {
  it('finds a renamed shop by its new name only, and a moved one in its new city', async () => {
    const shop = await makeShop(db(), { name: 'Quillfeather Rooms' });
    await makeService(db(), { shopId: shop.id, name: 'Wash', category: 'Styling' });
    expect(await names({ q: 'quilfeather' })).toEqual(['Quillfeather Rooms']);
    await db().update(shops).set({ name: 'Marigold Rooms' }).where(eq(shops.id, shop.id));
    expect(await names({ q: 'quilfeather' })).toEqual([]);
    expect(await names({ q: 'marigld' })).toEqual(['Marigold Rooms']);
    expect(await names({ q: 'marigld', city: ' london' })).toEqual(['Marigold Rooms']);
    await db().update(shops).set({ city: 'Leeds' }).where(eq(shops.id, shop.id));
    expect(await names({ q: 'marigld', city: 'london' })).toEqual([]);
    expect(await names({ q: 'marigld', city: 'LEEDS' })).toEqual(['Marigold Rooms']);
  });

  it('drops a shop when it is deactivated or deleted, and lists it again when reactivated', async () => {
    const shop = await makeShop(db(), { name: 'Periwinkle Parlour' });
    await makeService(db(), { shopId: shop.id, name: 'Trim', category: 'Styling' });
    await db().update(shops).set({ isActive: false }).where(eq(shops.id, shop.id));
    expect(await names({ q: 'periwinkel' })).toEqual([]);
    await db().update(shops).set({ isActive: true }).where(eq(shops.id, shop.id));
    expect(await names({ q: 'periwinkel' })).toEqual(['Periwinkle Parlour']);
    await db().update(shops).set({ deletedAt: new Date() }).where(eq(shops.id, shop.id));
    expect(await names({ q: 'periwinkel' })).toEqual([]);
  });

  it('follows a service renamed, deactivated, deleted or removed', async () => {
    const shop = await makeShop(db(), { name: 'Corner Place' });
    const service = await makeService(db(), { shopId: shop.id, name: 'Dermaplaning', category: 'Facials' });
    await makeService(db(), { shopId: shop.id, name: 'Wash', category: 'Styling' });
    expect(await names({ q: 'dermaplanin' })).toEqual(['Corner Place']);
    await db().update(services).set({ name: 'Microneedling' }).where(eq(services.id, service.id));
    expect(await names({ q: 'dermaplanin' })).toEqual([]);
    expect(await names({ q: 'microneedlin' })).toEqual(['Corner Place']);
    await db().update(services).set({ isActive: false }).where(eq(services.id, service.id));
    expect(await names({ q: 'microneedlin' })).toEqual([]);
    await db().update(services).set({ isActive: true }).where(eq(services.id, service.id));
    expect(await names({ q: 'microneedlin' })).toEqual(['Corner Place']);
    await db().update(services).set({ deletedAt: new Date() }).where(eq(services.id, service.id));
    expect(await names({ q: 'microneedlin' })).toEqual([]);
    await db().delete(services).where(eq(services.id, service.id));
    expect(await names({ q: 'microneedlin' })).toEqual([]);
    expect(await names({ q: 'corner' })).toEqual(['Corner Place']); // the shop itself is still listed
  });

  it('ranks the shop matching every word of a misspelt query first, and needs the filtered service to match', async () => {
    const both = await makeShop(db(), { name: 'Tangerine Studio' });
    await makeService(db(), { shopId: both.id, name: 'Hot Towel Shave', category: 'Barbering', priceMinor: 2000 });
    const some = await makeShop(db(), { name: 'Lantern Studio' });
    await makeService(db(), { shopId: some.id, name: 'Hot Stone Massage', category: 'Massage', priceMinor: 5000 });
    await makeService(db(), { shopId: some.id, name: 'Towel Wrap', category: 'Spa', priceMinor: 1000 });
    await makeService(db(), { shopId: some.id, name: 'Brow Tint', category: 'Skin', priceMinor: 500 });
    expect(await names({ q: 'hot towl shav' })).toEqual(['Tangerine Studio', 'Lantern Studio']);
    const matched = await harness.search({ q: 'hot towl shav' });
    // The cheapest service containing a word q matched (Towel Wrap: "towel"), not the shop's cheapest (Brow Tint).
    expect(matched.items.map((shop) => shop.matchedService?.name)).toEqual(['Hot Towel Shave', 'Towel Wrap']);
    // Lantern's cheap service (Towel Wrap) matches "towl", not "shav": one of three words, below 0.4.
    expect(await names({ q: 'hot towl shav', maxPriceMinor: 1500 })).toEqual([]);
    expect(await names({ q: 'shave', category: 'massage' })).toEqual([]);
    expect(await names({ q: 'shave', category: 'barbering' })).toEqual(['Tangerine Studio']);
  });
});
