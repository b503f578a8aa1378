import { plans, eq, shops, subscriptions } from '@salon/db';
import { describeWithPostgres } from '@salon/db/testing';
import { createTestApi, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createOwnerApp } from '../app';
import { signUpOwner } from '../testing/sign-up-owner';

// The limit is checked under a per-owner advisory lock in the insert's transaction: concurrent
// requests at the limit queue, so exactly the plan's number of shops is ever created.
describeWithPostgres('owner-api: shop limits under 20 concurrent POST /shops (PostgreSQL)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(createOwnerApp, { database: { maxConnections: 25 } });
  });
  afterAll(() => api.close());

  const storm = (token: string) =>
    Promise.all(Array.from({ length: 20 }, (_, i) =>
      request(api.app).post('/api/v1/shops').set('Authorization', `Bearer ${token}`).send({ name: `Shop ${i}`, timeZone: 'Europe/London', currency: 'GBP' })));
  const shopCount = async (ownerId: string) => (await api.database.db.select().from(shops).where(eq(shops.ownerId, ownerId))).length;

  it('a Free owner gets exactly 1 shop; the other 19 get 403 plan_limit_reached, none a 5xx', async () => {
    const owner = await signUpOwner(api, 'racer');
    const statuses = (await storm(owner.token)).map((r) => r.status).sort();
    expect(statuses).toEqual([201, ...Array(19).fill(403)]);
    expect(await shopCount(owner.ownerId)).toBe(1);
  });

  it('a Basic owner gets exactly 3; after a downgrade to Free nothing is deleted and new ones are refused', async () => {
    const owner = await signUpOwner(api, 'basic-racer');
    const [row] = await api.database.db.insert(subscriptions)
      .values({ userId: owner.userId, audience: 'owner', planId: 'owner_basic', status: 'active', stripeSubscriptionId: 'sub_race' }).returning();
    expect((await storm(owner.token)).filter((r) => r.status === 201)).toHaveLength(3);
    expect(await shopCount(owner.ownerId)).toBe(3);
    await api.database.db.update(subscriptions).set({ status: 'expired' }).where(eq(subscriptions.id, row!.id));
    const res = await request(api.app).post('/api/v1/shops').set('Authorization', `Bearer ${owner.token}`).send({ name: 'One more', timeZone: 'Europe/London', currency: 'GBP' });
    expect(res.status).toBe(403);
    expect(res.body.error.details).toEqual(expect.arrayContaining([{ path: 'limit', message: '1' }, { path: 'current', message: '3' }]));
    expect(await shopCount(owner.ownerId)).toBe(3);
    const [premium] = await api.database.db.select().from(plans).where(eq(plans.id, 'owner_premium'));
    expect(premium?.limits.maxShops).toBeNull();
  });
});
