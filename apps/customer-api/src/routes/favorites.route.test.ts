import { customerContract } from '@salon/contracts-customer';
import { and, eq, favorites, shops } from '@salon/db';
import { makeOwner, makeShop } from '@salon/db/testing';
import { createTestApi, errorEnvelope, runRouteSecurityTests, startTypedClient, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createCustomerApp } from '../app';

let api: TestApi;
let typed: Awaited<ReturnType<typeof startTypedClient<typeof customerContract>>>;
let shopIds: string[] = [];
const ids = {} as Record<'closed' | 'deleted', string>;
const headersFor = async (name: string) => typed.as(await api.tokenFor(name, { role: 'customer' }));

beforeAll(async () => {
  api = await createTestApi(createCustomerApp);
  typed = await startTypedClient(api, customerContract);
  const { db } = api.database;
  const { id: ownerId } = await makeOwner(db);
  shopIds = await Promise.all(Array.from({ length: 5 }, async (_, i) => (await makeShop(db, { ownerId, name: `Fave ${i}` })).id));
  ids.closed = (await makeShop(db, { ownerId, isActive: false })).id;
  ids.deleted = (await makeShop(db, { ownerId, deletedAt: new Date() })).id;
});
afterAll(async () => {
  await typed.close();
  await api.close();
});

const add = async (shopId: string, extraHeaders: Record<string, string>) => typed.client.favorites.add({ params: { shopId }, extraHeaders });
const listAll = async (extraHeaders: Record<string, string>, limit = 2) => {
  const seen: string[] = [];
  let cursor: string | undefined;
  do {
    const res = await typed.client.favorites.list({ query: { limit, ...(cursor && { cursor }) }, extraHeaders });
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    seen.push(...res.body.items.map((shop) => shop.id));
    cursor = res.body.nextCursor ?? undefined;
  } while (cursor);
  return seen;
};

describe('POST|DELETE /customers/favorites/{shopId}', () => {
  it('saves a shop idempotently: 204 both times, one row, the first date kept', async () => {
    const extraHeaders = await headersFor('twice');
    expect((await add(shopIds[0]!, extraHeaders)).status).toBe(204);
    const [before] = await api.database.db.select().from(favorites).where(eq(favorites.shopId, shopIds[0]!));
    expect((await add(shopIds[0]!, extraHeaders)).status).toBe(204);
    const rows = await api.database.db.select().from(favorites).where(eq(favorites.shopId, shopIds[0]!));
    expect(rows).toEqual([before]);
  });

  it('forgets a saved shop, and answers 204 to forgetting one never saved or unknown', async () => {
    const extraHeaders = await headersFor('forgetful');
    await add(shopIds[1]!, extraHeaders);
    for (const shopId of [shopIds[1]!, shopIds[1]!, shopIds[2]!, '00000000-0000-4000-8000-000000000000']) {
      expect((await typed.client.favorites.remove({ params: { shopId }, extraHeaders })).status).toBe(204);
    }
    expect(await listAll(extraHeaders)).toEqual([]);
  });

  it.each([
    ['an inactive shop', () => ids.closed],
    ['a deleted shop', () => ids.deleted],
    ['an unknown shop', () => '00000000-0000-4000-8000-000000000000'],
  ])('refuses to save %s: 404 not_found', async (_name, shopId) => {
    const res = await add(shopId(), await headersFor('picky'));
    expect([res.status, res.body]).toEqual([404, errorEnvelope('not_found')]);
  });
});

describe('GET /customers/favorites', () => {
  it('lists newest saves first, then by shop id, each once across pages', async () => {
    const extraHeaders = await headersFor('collector');
    const { db } = api.database;
    for (const shopId of shopIds) await add(shopId, extraHeaders);
    // Three saves at the same instant: the shop id must break the tie so pages never repeat or skip.
    const me = (await typed.client.customers.me({ extraHeaders })).body as { id: string };
    const tied = new Date('2030-01-01T00:00:00Z');
    for (const shopId of shopIds.slice(0, 3)) {
      await db.update(favorites).set({ createdAt: tied }).where(and(eq(favorites.customerId, me.id), eq(favorites.shopId, shopId)));
    }
    const rest = await db.select({ shopId: favorites.shopId, at: favorites.createdAt }).from(favorites).where(eq(favorites.customerId, me.id));
    const expected = [...rest].sort((a, b) => b.at.getTime() - a.at.getTime() || (a.shopId < b.shopId ? -1 : 1)).map((row) => row.shopId);
    expect(expected.slice(0, 3).sort()).toEqual(shopIds.slice(0, 3).sort());
    for (const limit of [1, 2, 5, 100]) expect(await listAll(extraHeaders, limit)).toEqual(expected);
    const page = await typed.client.favorites.list({ query: { limit: 1 }, extraHeaders });
    if (page.status !== 200) throw new Error(`status ${page.status}`);
    expect(page.body.items[0]).toMatchObject({ id: expected[0], currency: 'GBP', favoritedAt: '2030-01-01T00:00:00.000Z' });
    expect(JSON.stringify(page.body)).not.toMatch(/owner|calendar/i);
  });

  it('leaves out a saved shop once it is closed or deleted, and shows it again when it reopens', async () => {
    const extraHeaders = await headersFor('loyal');
    const { db } = api.database;
    const { id: ownerId } = await makeOwner(db);
    const shop = await makeShop(db, { ownerId });
    await add(shop.id, extraHeaders);
    await db.update(shops).set({ isActive: false }).where(eq(shops.id, shop.id));
    expect(await listAll(extraHeaders)).toEqual([]);
    await db.update(shops).set({ isActive: true }).where(eq(shops.id, shop.id));
    expect(await listAll(extraHeaders)).toEqual([shop.id]);
  });

  it('never shows another customer\'s favorites, and removing theirs is impossible', async () => {
    const ann = await headersFor('fav-ann');
    const bob = await headersFor('fav-bob');
    await add(shopIds[3]!, ann);
    await add(shopIds[4]!, bob);
    expect(await listAll(ann)).toEqual([shopIds[3]]);
    expect(await listAll(bob)).toEqual([shopIds[4]]);
    await typed.client.favorites.remove({ params: { shopId: shopIds[3]! }, extraHeaders: bob });
    expect(await listAll(ann)).toEqual([shopIds[3]]);
  });
});

describe('hostile input → 400 validation_failed, never a 500', () => {
  it.each([
    ['a bad UUID', 'not-a-uuid'],
    ['a NUL byte', '%00'],
    ['an oversized id', 'a'.repeat(5000)],
    ['SQL', "1'%20OR%20'1'='1"],
  ])('refuses %s as the shop id', async (_name, shopId) => {
    const auth = `Bearer ${await api.tokenFor('fav-hostile', { role: 'customer' })}`;
    for (const method of ['post', 'delete'] as const) {
      const res = await request(api.app)[method](`/api/v1/customers/favorites/${shopId}`).set('Authorization', auth);
      expect([method, res.status, res.body]).toEqual([method, 400, errorEnvelope('validation_failed')]);
    }
  });

  it('saving takes no body: an unknown field is 400 on body and saves nothing; {} is the same as none', async () => {
    const auth = `Bearer ${await api.tokenFor('fav-body', { role: 'customer' })}`;
    const extraHeaders = await headersFor('fav-body');
    for (const body of [{ note: 'my salon' }, { shopId: shopIds[2] }, [1]]) {
      const res = await request(api.app).post(`/api/v1/customers/favorites/${shopIds[2]}`).set('Authorization', auth).send(body);
      expect([res.status, res.body]).toEqual([400, errorEnvelope('validation_failed')]);
      expect(res.body.error.details.map((detail: { path: string }) => detail.path)).toEqual(['body']);
    }
    expect(await listAll(extraHeaders)).toEqual([]);
    expect((await request(api.app).post(`/api/v1/customers/favorites/${shopIds[2]}`).set('Authorization', auth).send({})).status).toBe(204);
    expect((await add(shopIds[2]!, extraHeaders)).status).toBe(204); // the typed client sends none
    expect(await listAll(extraHeaders)).toEqual([shopIds[2]]);
    const del = await request(api.app).delete(`/api/v1/customers/favorites/${shopIds[2]}`).set('Authorization', auth).send({ force: true });
    expect([del.status, del.body]).toEqual([400, errorEnvelope('validation_failed')]);
    expect(await listAll(extraHeaders)).toEqual([shopIds[2]]);
  });

  it.each([
    ['limit=0', 'limit=0'],
    ['limit=101', 'limit=101'],
    ['limit=abc', 'limit=abc'],
    ['an unknown parameter', 'sort=name'],
    ['a forged cursor', 'cursor=not-a-cursor'],
    ['an oversized cursor', `cursor=${'a'.repeat(600)}`],
    ['a NUL byte cursor', 'cursor=%00'],
  ])(
    'refuses %s on the list',
    async (_name, query) => {
      const res = await request(api.app).get(`/api/v1/customers/favorites?${query}`).set('Authorization', `Bearer ${await api.tokenFor('fav-hostile', { role: 'customer' })}`);
      expect([res.status, res.body]).toEqual([400, errorEnvelope('validation_failed')]);
    },
  );
});

describe('security', () => {
  runRouteSecurityTests(() => api, {
    role: 'customer',
    routes: () => ({
      list: { method: 'get', path: '/api/v1/customers/favorites', isTenantScoped: false },
      add: { method: 'post', path: `/api/v1/customers/favorites/${shopIds[0]}`, isTenantScoped: false },
      remove: { method: 'delete', path: `/api/v1/customers/favorites/${shopIds[0]}`, isTenantScoped: false },
    }),
  });
});
