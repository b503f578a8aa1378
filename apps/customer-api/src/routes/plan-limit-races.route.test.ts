import { makeBookableShop } from '@salon/booking/testing';
import { bookings, eq } from '@salon/db';
import { describeWithPostgres } from '@salon/db/testing';
import { createTestApi, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createCustomerApp } from '../app';

const NOW = new Date('2026-12-01T08:00:00Z');

describeWithPostgres('customer-api: the monthly booking limit under 20 concurrent POST /bookings (PostgreSQL)', () => {
  let api: TestApi;
  let shop: Awaited<ReturnType<typeof makeBookableShop>>;
  beforeAll(async () => {
    api = await createTestApi(createCustomerApp, { now: () => NOW, database: { maxConnections: 25 } });
    shop = await makeBookableShop(api.database.db, { staffCount: 1, shop: { timeZone: 'Europe/London', minNoticeMinutes: 0 } });
  });
  afterAll(() => api.close());

  it('a Free customer books exactly 2 of 20 distinct free slots; the rest get 403 plan_limit_reached', async () => {
    const token = await api.tokenFor('storm', { role: 'customer' });
    const me = await request(api.app).get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);
    const starts = Array.from({ length: 20 }, (_, i) => new Date(Date.UTC(2026, 11, 2 + Math.floor(i / 16), 9, 0) + (i % 16) * 30 * 60_000).toISOString());
    const responses = await Promise.all(starts.map((start) =>
      request(api.app).post('/api/v1/bookings').set('Authorization', `Bearer ${token}`).send({ shopId: shop.shop.id, serviceId: shop.service.id, start })));
    expect(responses.map((r) => r.status).sort()).toEqual([201, 201, ...Array(18).fill(403)]);
    expect(responses.filter((r) => r.status === 403).every((r) => r.body.error.code === 'plan_limit_reached')).toBe(true);
    expect(await api.database.db.select().from(bookings).where(eq(bookings.customerId, me.body.customer.id))).toHaveLength(2);
  });
});
