// Search on PGlite (the in-process database of `npm start` without DATABASE_URL): the word tables'
// triggers, search_words_matching()'s own threshold and the nearest-first scan work there too.
import { SearchQuerySchema } from '@salon/contracts-customer';
import { createDatabase, eq, migrate, services, type DatabaseHandle } from '@salon/db';
import { makeService, makeShop } from '@salon/db/testing';
import { searchShops } from './search-shops';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createDatabase({});
  await migrate(handle);
}, 30_000);
afterAll(() => handle.close());

const names = async (params: Record<string, string>) => {
  const page = await searchShops({ ctx: { db: handle.db, now: () => new Date('2026-06-01T00:00:00Z') }, input: SearchQuerySchema.parse(params) });
  return page.items.map((item) => item.name);
};

it('finds shops by misspelt words and nearest first on PGlite, following a deactivated service', async () => {
  const near = await makeShop(handle.db, { name: 'Juniper Rooms', latitude: 51.501, longitude: -0.14 });
  const service = await makeService(handle.db, { shopId: near.id, name: 'Balayage', category: 'Colour' });
  const far = await makeShop(handle.db, { name: 'Juniper Studio', latitude: 51.53, longitude: -0.12 });
  await makeService(handle.db, { shopId: far.id, name: 'Blow Dry', category: 'Styling' });
  expect(await names({ q: 'balayag' })).toEqual(['Juniper Rooms']);
  expect((await names({ q: 'junipr' })).sort()).toEqual(['Juniper Rooms', 'Juniper Studio']);
  expect(await names({ near: '51.5,-0.14', radiusKm: '10' })).toEqual(['Juniper Rooms', 'Juniper Studio']);
  await handle.db.update(services).set({ isActive: false }).where(eq(services.id, service.id));
  expect(await names({ q: 'balayag' })).toEqual([]);
});
