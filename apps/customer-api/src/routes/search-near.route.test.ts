// GET /shops/search?near= takes shops nearest first from the GiST index and stops after the page:
// shops at the very same point (one building) still page in id order, none skipped or repeated,
// and the radius still bounds the list.
import { makeService, makeShop } from '@salon/db/testing';
import { useSearchHarness } from '../testing/search-harness';

const harness = useSearchHarness(new Date('2026-06-01T00:00:00Z'));
const { search } = harness;
const OSLO = { lat: 59.9139, lng: 10.7522 };

describe('GET /shops/search?near= nearest first', () => {
  it('pages through shops at one point in id order, then the farther one, and not beyond the radius', async () => {
    const db = harness.api().database.db;
    const sameSpot = [];
    // Inserted highest id first: the index yields equal distances in insertion order, so a page cut
    // among them without the tie rule would skip the lowest id.
    for (const n of [5, 4, 3, 2, 1]) {
      const shop = await makeShop(db, { id: `00000000-0000-4000-8000-00000000000${n}`, name: `Mall Unit ${n}`, city: 'Oslo', latitude: OSLO.lat + 0.001, longitude: OSLO.lng });
      await makeService(db, { shopId: shop.id, name: 'Trim', category: 'Styling' });
      sameSpot.push(shop);
    }
    const farther = await makeShop(db, { name: 'Harbour Rooms', city: 'Oslo', latitude: OSLO.lat + 0.01, longitude: OSLO.lng });
    await makeService(db, { shopId: farther.id, name: 'Trim', category: 'Styling' });
    const outside = await makeShop(db, { name: 'Far Rooms', city: 'Oslo', latitude: OSLO.lat + 0.2, longitude: OSLO.lng });
    await makeService(db, { shopId: outside.id, name: 'Trim', category: 'Styling' });

    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 8; page += 1) {
      const body = await search({ near: `${OSLO.lat},${OSLO.lng}`, radiusKm: 5, limit: 2, ...(cursor && { cursor }) });
      seen.push(...body.items.map((shop) => shop.id));
      if (!body.nextCursor) break;
      cursor = body.nextCursor;
    }
    expect(seen).toEqual([...sameSpot.map((shop) => shop.id).sort(), farther.id]);

    const all = await search({ near: `${OSLO.lat},${OSLO.lng}`, radiusKm: 5 });
    expect(all.items.map((shop) => shop.distanceKm)).toEqual([0.111, 0.111, 0.111, 0.111, 0.111, 1.113]);
  });
});
