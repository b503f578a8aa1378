// Numbers in the search query are decimal digits. z.coerce.number() read `maxPriceMinor=` (an app's
// empty price field) as 0, silently narrowing the search to shops with a free service, and took
// `0x10` as 16; every other empty filter (q=, near=, radiusKm=) is already a 400.
import { makeService, makeShop } from '@salon/db/testing';
import { errorEnvelope } from '@salon/runtime/testing';
import request from 'supertest';
import { useSearchHarness } from '../testing/search-harness';

const harness = useSearchHarness(new Date('2026-06-01T00:00:00Z'));
const { search } = harness;
const BERGEN = { lat: 60.3913, lng: 5.3221 };

beforeAll(async () => {
  const db = harness.api().database.db;
  for (const [name, priceMinor] of [['Free Fringe', 0], ['Dear Cut', 9000]] as const) {
    const shop = await makeShop(db, { name, city: 'Bergen', latitude: BERGEN.lat, longitude: BERGEN.lng });
    await makeService(db, { shopId: shop.id, name: 'Cut', category: 'Cuts', priceMinor });
  }
});

describe('GET /shops/search numbers', () => {
  it.each([
    ['an empty maxPriceMinor', 'maxPriceMinor=', 'query.maxPriceMinor'],
    ['a bare maxPriceMinor', 'maxPriceMinor', 'query.maxPriceMinor'],
    ['a blank maxPriceMinor', 'maxPriceMinor=%20', 'query.maxPriceMinor'],
    ['a hexadecimal maxPriceMinor', 'maxPriceMinor=0x7d0', 'query.maxPriceMinor'],
    ['an exponent maxPriceMinor', 'maxPriceMinor=1e3', 'query.maxPriceMinor'],
    ['a hexadecimal radiusKm', 'near=60.39,5.32&radiusKm=0x10', 'query.radiusKm'],
    ['a binary radiusKm', 'near=60.39,5.32&radiusKm=0b11', 'query.radiusKm'],
    ['an empty radiusKm', 'near=60.39,5.32&radiusKm=', 'query.radiusKm'],
  ])('%s → 400 validation_failed', async (_name, query, path) => {
    const res = await request(harness.api().app).get(`/api/v1/shops/search?city=bergen&${query}`);
    expect([res.status, res.body]).toEqual([400, errorEnvelope('validation_failed')]);
    expect(res.body.error.details.map((detail: { path: string }) => detail.path)).toEqual([path]);
  });

  it('a decimal number out of range is told its range, not that it is not a number', async () => {
    for (const [query, path, range] of [['near=60.39,5.32&radiusKm=3000', 'query.radiusKm', '200'], ['maxPriceMinor=1000000000', 'query.maxPriceMinor', '100000000']] as const) {
      const res = await request(harness.api().app).get(`/api/v1/shops/search?city=bergen&${query}`);
      const [detail] = res.body.error.details as { path: string; message: string }[];
      expect([res.status, detail!.path, detail!.message.includes(range)]).toEqual([400, path, true]);
    }
  });

  it('still takes numbers from the typed client, and decimal text', async () => {
    const names = async (query: Record<string, unknown>) => (await search({ city: 'bergen', ...query })).items.map((shop) => shop.name).sort();
    expect(await names({ maxPriceMinor: 0 })).toEqual(['Free Fringe']);
    expect(await names({ maxPriceMinor: 9000 })).toEqual(['Dear Cut', 'Free Fringe']);
    expect(await names({ near: `${BERGEN.lat},${BERGEN.lng}`, radiusKm: 0.5 })).toEqual(['Dear Cut', 'Free Fringe']);
    const res = await request(harness.api().app).get('/api/v1/shops/search?city=bergen&maxPriceMinor=0100&near=60.39,5.32&radiusKm=2.5');
    expect([res.status, res.body.items.map((shop: { name: string }) => shop.name)]).toEqual([200, ['Free Fringe']]);
  });
});
