import { createMemoryCache } from '@salon/cache';
import { customerContract } from '@salon/contracts-customer';
import { dateOverrides, eq, services, shops, staff } from '@salon/db';
import { makeOwner, makeService, makeShop, makeStaff, makeWeeklyHours } from '@salon/db/testing';
import { createTestApi, startTypedClient, type TestApi } from '@salon/runtime/testing';
import { createCustomerApp } from '../app';

// Shop pages through the cache: a page after a committed change is the changed page, at once.
let clock = new Date('2026-12-01T08:00:00Z');
let api: TestApi;
let typed: Awaited<ReturnType<typeof startTypedClient<typeof customerContract>>>;

beforeAll(async () => {
  const readCache = { cache: createMemoryCache({ maxEntries: 1_000 }), ttlSeconds: 600 };
  api = await createTestApi((deps) => createCustomerApp(deps, { readCache }), { now: () => clock });
  typed = await startTypedClient(api, customerContract);
});
afterAll(async () => {
  await typed.close();
  await api.close();
});

async function shopWithOneOfEach() {
  const db = api.database.db;
  const shop = await makeShop(db, { ownerId: (await makeOwner(db)).id });
  const service = await makeService(db, { shopId: shop.id, name: 'Cut' });
  const member = await makeStaff(db, { shopId: shop.id, displayName: 'Ann Smith', serviceIds: [service.id] });
  await makeWeeklyHours(db, { shopId: shop.id });
  return { db, shopId: shop.id, serviceId: service.id, staffId: member.id };
}

const body = async <T extends { status: number; body: unknown }>(call: Promise<T>) => {
  const res = await call;
  expect(res.status).toBe(200);
  return res.body;
};

describe('shop pages through the cache', () => {
  it('lists a service added, renamed or withdrawn at once, page by page', async () => {
    const { db, shopId, serviceId } = await shopWithOneOfEach();
    const page = () => body(typed.client.catalogue.shopServices({ params: { shopId }, query: { limit: 1 } }));
    expect(await page()).toMatchObject({ items: [{ name: 'Cut' }], nextCursor: null });
    expect(await page()).toMatchObject({ items: [{ name: 'Cut' }], nextCursor: null }); // a hit
    await makeService(db, { shopId, name: 'Colour' });
    const first = (await page()) as { nextCursor: string | null };
    expect(first).toMatchObject({ items: [{ name: 'Cut' }], nextCursor: expect.any(String) });
    const second = () => body(typed.client.catalogue.shopServices({ params: { shopId }, query: { limit: 1, cursor: first.nextCursor! } }));
    expect(await second()).toMatchObject({ items: [{ name: 'Colour' }] });
    await db.update(services).set({ name: 'Cut & Finish' }).where(eq(services.id, serviceId));
    expect(await page()).toMatchObject({ items: [{ name: 'Cut & Finish' }] });
    await db.update(services).set({ isActive: false }).where(eq(services.id, serviceId));
    expect(await page()).toMatchObject({ items: [{ name: 'Colour' }], nextCursor: null });
  });

  it('shows a renamed or departed stylist at once', async () => {
    const { db, shopId, staffId } = await shopWithOneOfEach();
    const team = () => body(typed.client.catalogue.shopStaff({ params: { shopId }, query: {} }));
    expect(await team()).toMatchObject({ items: [{ firstName: 'Ann' }] });
    await db.update(staff).set({ displayName: 'Anna Smith' }).where(eq(staff.id, staffId));
    expect(await team()).toMatchObject({ items: [{ firstName: 'Anna' }] });
    await db.update(staff).set({ isActive: false }).where(eq(staff.id, staffId));
    expect(await team()).toMatchObject({ items: [] });
  });

  it('shows a new closed day at once, and moves "today" with the clock', async () => {
    const { db, shopId } = await shopWithOneOfEach();
    const hours = () => body(typed.client.openingHours.shopHours({ params: { shopId } })) as Promise<{ today: string; specialDays: unknown[] }>;
    expect(await hours()).toMatchObject({ today: '2026-12-01', specialDays: [] });
    await db.insert(dateOverrides).values({ shopId, date: '2026-12-05', isClosed: true, reason: 'Staff training' });
    expect((await hours()).specialDays).toEqual([{ date: '2026-12-05', isClosed: true, windows: [], reason: 'Staff training' }]);
    clock = new Date('2026-12-06T08:00:00Z');
    expect(await hours()).toMatchObject({ today: '2026-12-06', specialDays: [] });
  });

  it('answers 404 at once for a shop taken offline', async () => {
    const { db, shopId } = await shopWithOneOfEach();
    await body(typed.client.catalogue.shopServices({ params: { shopId }, query: {} }));
    await db.update(shops).set({ isActive: false }).where(eq(shops.id, shopId));
    expect((await typed.client.catalogue.shopServices({ params: { shopId }, query: {} })).status).toBe(404);
  });
});
