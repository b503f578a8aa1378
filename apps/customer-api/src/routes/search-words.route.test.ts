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

  it("ignores one-letter words (the s of Men's) and shows the service whose name has the matched word", async () => {
    const shop = await makeShop(db(), { name: 'Quince Barbers' });
    await makeService(db(), { shopId: shop.id, name: "Men's Haircut", category: 'Barbering', priceMinor: 2500 });
    await makeService(db(), { shopId: shop.id, name: 'Beard Styling', category: 'Barbering', priceMinor: 1500 });
    await makeService(db(), { shopId: shop.id, name: 'Skin Fade', category: 'Barbering', priceMinor: 3000 });
    const other = await makeShop(db(), { name: 'Sable Rooms' });
    await makeService(db(), { shopId: other.id, name: 'Wash', category: 'Styling', priceMinor: 500 });
    expect((await harness.search({ q: "men's" })).items.map((item) => [item.name, item.matchedService?.name])).toEqual([['Quince Barbers', "Men's Haircut"]]);
    expect(await names({ q: 's' })).toEqual([]);
    // "barbr" matches every service's category; "fade" only Skin Fade's name: the name wins over the cheaper Beard Styling.
    expect((await harness.search({ q: 'fade barbr' })).items.map((item) => item.matchedService?.name)).toEqual(['Skin Fade']);
  });

  it('finds a name typed with decomposed accents by the composed spelling, and the other way round', async () => {
    const shop = await makeShop(db(), { name: 'Bistr\u006f\u0308 \u0041\u030angstr\u006f\u0308m' });
    await makeService(db(), { shopId: shop.id, name: 'Caf\u00e9 Wash', category: 'Styling' });
    expect(await names({ q: '\u00e5ngstr\u00f6m' })).toEqual([shop.name]);
    expect(await names({ q: 'cafe\u0301' })).toEqual([shop.name]);
  });

  it('ranks a word in the shop name above the same word found only in its services', async () => {
    const named = await makeShop(db(), { name: 'Yarrow Fade Barbers' });
    await makeService(db(), { shopId: named.id, name: 'Skin Fade', category: 'Barbering' });
    const served = await makeShop(db(), { name: 'Yarrow Fade Co' });
    await makeService(db(), { shopId: served.id, name: 'Fade & Beard', category: 'Barbering' });
    const page = await harness.search({ q: 'yarrow fade barbr' });
    expect(page.items.map((item) => item.name).slice(0, 2)).toEqual(['Yarrow Fade Barbers', 'Yarrow Fade Co']);
    expect(page.items[0]!.relevance).toBeGreaterThan(page.items[1]!.relevance!);
  });

  it('refuses a q of more than eight words instead of dropping the rest', async () => {
    const res = await harness.typed().client.shops.search({ query: { q: 'hot towel shave beard trim fade cut colour nails' } as never });
    expect([res.status, res.status === 400 && res.body.error.details.map((detail) => detail.path)]).toEqual([400, ['query.q']]);
  });
});
