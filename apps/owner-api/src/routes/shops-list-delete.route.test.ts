import { ownerContract } from '@salon/contracts-owner';
import { sql } from '@salon/db';
import { describeWithPostgres, makeBooking } from '@salon/db/testing';
import { createTestApi, errorEnvelope, startTypedClient, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createOwnerApp } from '../app';

// The list and the delete of shops; create, read, update and security are in shops.route.test.ts.
describe('owner-api: listing and deleting shops', () => {
  let api: TestApi;
  let typed: Awaited<ReturnType<typeof startTypedClient<typeof ownerContract>>>;
  let owner: Record<string, string>;

  beforeAll(async () => {
    api = await createTestApi(createOwnerApp);
    typed = await startTypedClient(api, ownerContract);
    owner = typed.as(await api.tokenFor('olga', { role: 'owner' }));
  });
  afterAll(async () => {
    await typed.close();
    await api.close();
  });

  const create = () => typed.client.shops.create({ body: { name: 'Olga Cuts', timeZone: 'Europe/London', currency: 'GBP' }, extraHeaders: owner });

  it('lists only the caller\'s live shops, inactive ones too, each exactly once across pages', async () => {
    const paging = typed.as(await api.tokenFor('paula', { role: 'owner' }));
    const made: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const res = await typed.client.shops.create({ body: { name: `P${i}`, timeZone: 'UTC', currency: 'GBP', isActive: i !== 2 }, extraHeaders: paging });
      if (res.status === 201) made.push(res.body.id);
    }
    const gone = made.pop() ?? '';
    expect((await typed.client.shops.remove({ params: { id: gone }, extraHeaders: paging })).status).toBe(204);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await typed.client.shops.listMine({ query: { limit: 2, cursor }, extraHeaders: paging });
      if (res.status !== 200) throw new Error(`status ${res.status}`);
      seen.push(...res.body.items.map((shop) => shop.id));
      cursor = res.body.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(made);
  });

  it.each([
    ['limit=0', '?limit=0'],
    ['a forged cursor', '?cursor=bad!'],
    ['an unknown parameter', '?sort=name'],
  ])('refuses my-shops with %s: 400', async (_name, query) => {
    const res = await request(api.app).get(`/api/v1/shops/my-shops${query}`).set(owner);
    expect(res.status).toBe(400);
    expect(res.body).toEqual(errorEnvelope('validation_failed'));
  });

  it('refuses to delete a shop with upcoming active bookings (409 with the count), then deletes it once they are gone', async () => {
    const made = await create();
    if (made.status !== 201) throw new Error('setup');
    const db = api.database.db;
    const shopId = made.body.id;
    const { booking } = await makeBooking(db, { shopId, startsAt: new Date('2030-01-07T10:00:00Z') });
    await makeBooking(db, { shopId, serviceId: booking.serviceId, staffId: booking.staffId, startsAt: new Date('2030-01-07T11:00:00Z'), status: 'pending' });
    await makeBooking(db, { shopId, serviceId: booking.serviceId, staffId: booking.staffId, startsAt: new Date('2030-01-07T12:00:00Z'), status: 'cancelled' });
    await makeBooking(db, { shopId, serviceId: booking.serviceId, staffId: booking.staffId, startsAt: new Date('2020-01-06T10:00:00Z'), status: 'completed' });
    const refused = await typed.client.shops.remove({ params: { id: shopId }, extraHeaders: owner });
    expect(refused.status).toBe(409);
    expect(refused.body).toEqual(errorEnvelope('conflict'));
    expect(JSON.stringify(refused.body)).toContain('2 upcoming bookings');
    expect((refused.body as { error: { details: unknown[] } }).error.details).toEqual([{ path: 'upcomingBookings', message: '2' }]);

    await db.execute(sql`update bookings set status = 'cancelled' where shop_id = ${shopId}`);
    expect((await typed.client.shops.remove({ params: { id: shopId }, extraHeaders: owner })).status).toBe(204);
    expect((await typed.client.shops.get({ params: { id: shopId }, extraHeaders: owner })).status).toBe(404);
    expect((await typed.client.shops.remove({ params: { id: shopId }, extraHeaders: owner })).status).toBe(404);
  });

  describeWithPostgres('with a booking being inserted at the same moment', () => {
    it('waits for it and answers 409, instead of deleting the shop under it', async () => {
      const made = await create();
      if (made.status !== 201) throw new Error('setup');
      const shopId = made.body.id;
      let deleting: Promise<{ status: number }> | undefined;
      await api.database.db.transaction(async (tx) => {
        await makeBooking(tx, { shopId, startsAt: new Date('2030-03-04T10:00:00Z') });
        deleting = typed.client.shops.remove({ params: { id: shopId }, extraHeaders: owner });
        // Time for the DELETE to reach the shop row lock. Without the lock it answered 204 here; on a slow
        // machine it may arrive after the commit instead, which also gives 409: never a false failure.
        await new Promise((resolve) => setTimeout(resolve, 1500));
      });
      expect((await deleting)?.status).toBe(409);
    });
  });
});
