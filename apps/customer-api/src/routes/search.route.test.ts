// GET /shops/search through the mobile app's typed client, no token: typo-tolerant text, normalised
// city and postal code, distance (checked against haversine), service filters, availableOn, paging.
import { dateOverrides } from '@salon/db';
import { makeService, makeShop, makeStaff, makeWeeklyHours } from '@salon/db/testing';
import { errorEnvelope, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { useSearchHarness } from '../testing/search-harness';

const now = new Date('2026-06-01T00:00:00Z');
const harness = useSearchHarness(now);
let api: TestApi;
let typed: ReturnType<typeof harness.typed>;
const shopIds: Record<string, string> = {};
const serviceIds: Record<string, string> = {};
const CENTRE = { lat: 51.5072, lng: -0.1276 }; // Trafalgar Square

beforeAll(async () => {
  api = harness.api();
  typed = harness.typed();
  const { db } = api.database;
  const shop = async (key: string, fields: Parameters<typeof makeShop>[1], services: { name: string; category: string; priceMinor: number }[]) => {
    const row = await makeShop(db, { timeZone: 'Europe/London', minNoticeMinutes: 0, ...fields });
    shopIds[key] = row.id;
    const made = [];
    for (const service of services) made.push(await makeService(db, { shopId: row.id, durationMinutes: 30, ...service }));
    made.forEach((service) => (serviceIds[`${key}:${service.name}`] = service.id));
    const stylist = await makeStaff(db, { shopId: row.id, serviceIds: made.map((service) => service.id) });
    await makeWeeklyHours(db, { shopId: row.id, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA', startLocal: '09:00', endLocal: '17:00' });
    void stylist;
    return row;
  };
  await shop('barber', { name: 'Fade Barber Shop', city: 'London', postalCode: 'SW1A 1AA', latitude: 51.5014, longitude: -0.1419 },
    [{ name: 'Skin fade', category: 'Barbering', priceMinor: 2500 }]);
  await shop('colour', { name: 'Studio Nine', city: 'London', postalCode: 'N1 9GU', latitude: 51.5308, longitude: -0.1238 },
    [{ name: 'Full Colour', category: 'Colour', priceMinor: 9000 }, { name: 'Blow dry', category: 'Styling', priceMinor: 3000 }]);
  const far = await shop('brighton', { name: 'Seaside Barbers', city: 'Brighton', postalCode: 'BN1 1AA', latitude: 50.8225, longitude: -0.1372 },
    [{ name: 'Beard trim', category: 'Barbering', priceMinor: 1500 }]);
  await shop('hidden', { name: 'Hidden Barber', city: 'London', isActive: false, latitude: 51.5072, longitude: -0.1276 }, []);
  // Seaside Barbers is closed on Tuesday 2026-06-02 (a shop-wide override).
  await db.insert(dateOverrides).values({ shopId: far.id, date: '2026-06-02', isClosed: true });
});
const { search } = harness;
const names = (body: { items: { name: string }[] }) => body.items.map((shop) => shop.name);

/** Great-circle distance on a sphere the size of PostgreSQL's earth() (6,378,168 m). */
function haversineKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }) {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 2 * 6378.168 * Math.asin(Math.sqrt(h));
}

describe('GET /shops/search (public)', () => {
  it('forgives typos in shop names and service text, ranked by relevance', async () => {
    expect(names(await search({ q: 'barbr' }))).toEqual(expect.arrayContaining(['Fade Barber Shop', 'Seaside Barbers']));
    expect(names(await search({ q: 'barbr' }))).not.toContain('Hidden Barber');
    const colour = await search({ q: 'colur' });
    expect(names(colour)).toEqual(['Studio Nine']);
    expect(colour.items[0]).toMatchObject({ matchedService: { name: 'Full Colour', category: 'Colour', priceMinor: 9000 }, distanceKm: null });
    expect(colour.items[0]!.relevance).toBeGreaterThanOrEqual(0.4); // the match threshold
  });

  it('shows only the public fields of a shop (no owner, no calendar feed token)', async () => {
    const [shop] = (await search({ q: 'colur' })).items;
    expect(Object.keys(shop!).sort()).toEqual([
      'addressLine', 'city', 'countryCode', 'currency', 'description', 'distanceKm', 'email', 'id', 'latitude', 'longitude',
      'matchedService', 'name', 'phone', 'postalCode', 'relevance', 'timeZone', 'website',
    ]);
    expect(shop).toMatchObject({ name: 'Studio Nine', city: 'London', postalCode: 'N1 9GU', latitude: 51.5308, longitude: -0.1238, timeZone: 'Europe/London' });
  });

  it('matches city and postal code whatever their case and spaces', async () => {
    expect(names(await search({ postalCode: ' sw1a1aa ' }))).toEqual(['Fade Barber Shop']);
    expect(names(await search({ city: '  bRiGhToN ' }))).toEqual(['Seaside Barbers']);
  });

  it('sorts by distance within the radius, with kilometres that agree with haversine', async () => {
    const body = await search({ near: `${CENTRE.lat},${CENTRE.lng}`, radiusKm: 100 });
    expect(names(body)).toEqual(['Fade Barber Shop', 'Studio Nine', 'Seaside Barbers']);
    const expected = [[51.5014, -0.1419], [51.5308, -0.1238], [50.8225, -0.1372]].map(([lat, lng]) => haversineKm(CENTRE, { lat: lat!, lng: lng! }));
    body.items.forEach((shop, index) => expect(Math.abs(shop.distanceKm! - expected[index]!)).toBeLessThan(0.01 * expected[index]! + 0.002));
    expect(names(await search({ near: `${CENTRE.lat},${CENTRE.lng}` }))).toEqual(['Fade Barber Shop', 'Studio Nine']); // default 10 km
  });

  it('filters by category, service and price, saying which service matched', async () => {
    expect(names(await search({ category: 'barbering', maxPriceMinor: 2000 }))).toEqual(['Seaside Barbers']);
    const cheap = await search({ q: 'studio', maxPriceMinor: 3000 });
    expect(cheap.items.map((shop) => [shop.name, shop.matchedService?.name])).toEqual([['Studio Nine', 'Blow dry']]);
    expect(names(await search({ serviceId: serviceIds['colour:Full Colour'] }))).toEqual(['Studio Nine']);
  });

  it('availableOn keeps shops with a free slot that local day and drops one closed by an override', async () => {
    expect(names(await search({ q: 'barbr', availableOn: '2026-06-01' })).sort()).toEqual(['Fade Barber Shop', 'Seaside Barbers']);
    expect(names(await search({ q: 'barbr', availableOn: '2026-06-02' }))).toEqual(['Fade Barber Shop']);
    expect(names(await search({ q: 'barbr', availableOn: '2026-06-07' }))).toEqual([]); // Sunday: no hours
  });

  it('availableOn answers from cached slot days, yet sees a closure committed after them at once', async () => {
    expect(names(await search({ q: 'barbr', availableOn: '2026-06-03' })).sort()).toEqual(['Fade Barber Shop', 'Seaside Barbers']);
    expect(names(await search({ q: 'barbr', availableOn: '2026-06-03' })).sort()).toEqual(['Fade Barber Shop', 'Seaside Barbers']); // from the cache
    await api.database.db.insert(dateOverrides).values({ shopId: shopIds['barber']!, date: '2026-06-03', isClosed: true });
    expect(names(await search({ q: 'barbr', availableOn: '2026-06-03' }))).toEqual(['Seaside Barbers']);
  });

  it('pages with a cursor without repeating or skipping a shop', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 5; page += 1) {
      const body = await search({ near: `${CENTRE.lat},${CENTRE.lng}`, radiusKm: 100, limit: 1, ...(cursor && { cursor }) });
      seen.push(...names(body));
      if (!body.nextCursor) break;
      cursor = body.nextCursor;
    }
    expect(seen).toEqual(['Fade Barber Shop', 'Studio Nine', 'Seaside Barbers']);
  });

  it('refuses a cursor used with other filters (400 validation_failed), and still pages when only limit changes', async () => {
    const first = await search({ near: `${CENTRE.lat},${CENTRE.lng}`, radiusKm: 100, limit: 1 });
    const cursor = first.nextCursor!;
    expect(names(await search({ near: `${CENTRE.lat},${CENTRE.lng}`, radiusKm: 100, limit: 2, cursor }))).toEqual(['Studio Nine', 'Seaside Barbers']);
    for (const other of [
      { near: `${CENTRE.lat},${CENTRE.lng}`, radiusKm: 50 },
      { near: `${CENTRE.lat},${CENTRE.lng}`, radiusKm: 100, category: 'colour' },
      { q: 'barbr' },
      { city: 'London' },
    ]) {
      const res = await typed.client.shops.search({ query: { ...other, limit: 1, cursor } as never });
      expect(res.status).toBe(400);
      expect(res.body).toEqual(errorEnvelope('validation_failed'));
      expect((res.body as { error: { details: { path: string }[] } }).error.details.map((detail) => detail.path)).toEqual(['query.cursor']);
    }
  });

  it('treats city and postal code spelled differently as the same search when paging', async () => {
    const first = await search({ city: 'London', limit: 1 });
    expect(first.nextCursor).not.toBeNull();
    expect(names(await search({ city: '  LONDON ', limit: 1, cursor: first.nextCursor! }))).toHaveLength(1);
  });

  it('refuses radiusKm without near: 400 validation_failed on query.radiusKm', async () => {
    const res = await typed.client.shops.search({ query: { radiusKm: 5 } as never });
    expect(res.status).toBe(400);
    expect(res.body).toEqual(errorEnvelope('validation_failed'));
    const { error } = res.body as { error: { message: string; details: { path: string; message: string }[] } };
    expect(error.message).toMatch(/radiusKm needs near/);
    expect(error.details).toEqual([expect.objectContaining({ path: 'query.radiusKm', message: expect.stringMatching(/near=lat,lng/) })]);
  });

  it.each([
    ['near=999,999', 'near=999,999', 'query.near'],
    ['near that is not a pair', 'near=london', 'query.near'],
    ['radiusKm=-1', 'radiusKm=-1', 'query.radiusKm'],
    ['availableOn=2026-02-30', 'availableOn=2026-02-30', 'query.availableOn'],
    ['q of 10,000 characters', `q=${'a'.repeat(10_000)}`, 'query.q'],
    ['q with a NUL', 'q=a%00b', 'query.q'],
    ['an unknown parameter', 'sort=price', 'query'],
    ['a forged cursor', 'cursor=abc', 'query.cursor'],
    ['a bad serviceId', 'serviceId=1%27%20or%201=1', 'query.serviceId'],
  ])('%s → 400 validation_failed', async (_name, query, path) => {
    const res = await request(api.app).get(`/api/v1/shops/search?${query}`);
    expect(res.status).toBe(400);
    expect(res.body).toEqual(errorEnvelope('validation_failed'));
    expect(res.body.error.details.map((detail: { path: string }) => detail.path)).toContain(path);
  });

  it.each(['%', '_', "'", "'; drop table shops; --", '\\', '%_%'])('treats %j in q as text: 200, no error', async (q) => {
    const res = await request(api.app).get('/api/v1/shops/search').query({ q });
    expect(res.status).toBe(200);
  });
});
