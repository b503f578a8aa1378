import { createBillingTestbed, type BillingTestbed } from '@salon/billing/testing';
import { makeBookableShop } from '@salon/booking/testing';
import { customerContract } from '@salon/contracts-customer';
import { customers, eq } from '@salon/db';
import { makeBooking } from '@salon/db/testing';
import { createTestApi, runRouteSecurityTests, startTypedClient, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createCustomerApp } from '../app';

// Tuesday 1 December 2026 03:00 UTC is still Monday 30 November, 22:00, in New York.
const LATE_NOVEMBER_IN_NEW_YORK = new Date('2026-12-01T03:00:00Z');
let clock = LATE_NOVEMBER_IN_NEW_YORK;

describe('customer-api: plans, the monthly booking limit, subscriptions', () => {
  let bed: BillingTestbed;
  let api: TestApi;
  let typed: Awaited<ReturnType<typeof startTypedClient<typeof customerContract>>>;
  let shop: Awaited<ReturnType<typeof makeBookableShop>>;
  let slot = 0;

  beforeAll(async () => {
    bed = await createBillingTestbed({ now: () => clock });
    api = await createTestApi((deps) => createCustomerApp(deps, { billing: bed.settings }), { now: () => clock, database: { maxConnections: 25 } });
    await bed.usePrices(api.database.db);
    typed = await startTypedClient(api, customerContract);
    shop = await makeBookableShop(api.database.db, { staffCount: 1, shop: { timeZone: 'Europe/London', minNoticeMinutes: 0 } });
  }, 120_000);
  afterAll(async () => {
    await typed.close();
    await api.close();
    await bed.close();
  });

  /** A distinct free 30-minute slot each call: weekdays of December, 09:00–17:00 London (= UTC). */
  const nextStart = () => {
    const day = 2 + Math.floor(slot / 16) + 2 * Math.floor(slot / 48); // skip weekends roughly: 3 days per block
    const start = new Date(Date.UTC(2026, 11, day, 9, 0) + (slot % 16) * 30 * 60_000);
    slot += 1;
    return start.toISOString();
  };
  const book = (token: string) =>
    request(api.app).post('/api/v1/bookings').set('Authorization', `Bearer ${token}`).send({ shopId: shop.shop.id, serviceId: shop.service.id, start: nextStart() });
  const customerNamed = async (name: string, zone: string | null) => {
    const token = await api.tokenFor(name, { role: 'customer' });
    const me = await request(api.app).get('/api/v1/subscriptions/me').set('Authorization', `Bearer ${token}`);
    expect(me.body.plan.id).toBe('customer_free');
    const auth = await request(api.app).get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);
    const customerId = auth.body.customer.id as string;
    await api.database.db.update(customers).set({ preferredTimeZone: zone }).where(eq(customers.id, customerId));
    return { token, customerId, userId: auth.body.id as string };
  };

  it('lists the customer plans publicly: Free 2, Basic 10, Premium unlimited bookings a month', async () => {
    const res = await typed.client.subscriptions.plans();
    expect(res.status === 200 && res.body.items.map((p) => [p.id, p.priceMinor, p.limits.maxBookingsPerMonth])).toEqual([
      ['customer_free', 0, 2], ['customer_basic', 499, 10], ['customer_premium', 999, null],
    ]);
  });

  it('counts bookings by the month they were made in, in the customer\'s zone, and not cancelled ones', async () => {
    clock = LATE_NOVEMBER_IN_NEW_YORK;
    const nyc = await customerNamed('nyc', 'America/New_York');
    const utc = await customerNamed('utc', null);
    for (const who of [nyc, utc]) {
      for (let i = 0; i < 2; i += 1) {
        await makeBooking(api.database.db, { shopId: shop.shop.id, serviceId: shop.service.id, staffId: shop.staff[0]!.id, customerId: who.customerId,
          startsAt: new Date(nextStart()), createdAt: new Date('2026-11-20T12:00:00Z') });
      }
    }
    const refused = await book(nyc.token);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('plan_limit_reached');
    expect(refused.body.error.details).toEqual(expect.arrayContaining([
      { path: 'limit', message: '2' }, { path: 'current', message: '2' },
      { path: 'upgradeTo', message: 'customer_basic' }, { path: 'upgradeTo', message: 'customer_premium' },
    ]));
    expect((await book(utc.token)).status).toBe(201); // already December in UTC
    clock = new Date('2026-12-01T05:00:00Z'); // midnight in New York: a new month there too
    const first = await book(nyc.token);
    expect(first.status).toBe(201);
    expect((await book(nyc.token)).status).toBe(201);
    expect((await book(nyc.token)).status).toBe(403);
    await request(api.app).delete(`/api/v1/bookings/${first.body.id}/cancel`).set('Authorization', `Bearer ${nyc.token}`).send({}).expect(200);
    expect((await book(nyc.token)).status).toBe(201); // a cancelled booking frees its place
  });

  it('lifts the limit once a paid plan is confirmed by Stripe', async () => {
    clock = new Date('2026-12-01T06:00:00Z');
    const pat = await customerNamed('pat', null);
    expect((await book(pat.token)).status).toBe(201);
    expect((await book(pat.token)).status).toBe(201);
    expect((await book(pat.token)).status).toBe(403);
    const start = await typed.client.subscriptions.start({ body: { planId: 'customer_premium' }, extraHeaders: typed.as(pat.token) });
    if (start.status !== 201 || !start.body.checkoutUrl) throw new Error('no checkout');
    for (const event of bed.stripe.account.completeCheckout(start.body.checkoutUrl.split('/').at(-1)!)) {
      const { payload, signature } = bed.signed(event);
      await request(api.app).post('/api/v1/subscriptions/webhooks').set('Content-Type', 'application/json').set('Stripe-Signature', signature).send(payload).expect(200);
    }
    expect((await book(pat.token)).status).toBe(201);
  });

  it('answers hostile subscription input with its 4xx, never a 500', async () => {
    const token = await api.tokenFor('hostile-customer', { role: 'customer' });
    const post = (path: string) => request(api.app).post(path).set('Authorization', `Bearer ${token}`);
    expect((await post('/api/v1/subscriptions').send({ planId: 'owner_basic' })).status).toBe(404); // the other side's plan
    for (const body of [{}, { planId: null }, { planId: {} }, { planId: '' }, { planId: 'customer_basic', x: 1 }]) {
      expect({ body, status: (await post('/api/v1/subscriptions').send(body)).status }).toEqual({ body, status: 400 });
    }
    expect((await post('/api/v1/subscriptions/cancel').send({ now: true })).status).toBe(400);
    expect((await request(api.app).put('/api/v1/subscriptions/upgrade').set('Authorization', `Bearer ${token}`).send({ planId: 'customer_free' })).status).toBe(409);
    expect((await request(api.app).get('/api/v1/subscriptions/invoices?cursor=x').set('Authorization', `Bearer ${token}`)).status).toBe(400);
    const forged = await request(api.app).post('/api/v1/subscriptions/webhooks').set('Content-Type', 'application/json').set('Stripe-Signature', 'nonsense').send('{"id":"evt_1","type":"invoice.paid"}');
    expect(forged.status).toBe(400);
  });

  runRouteSecurityTests(() => api, {
    role: 'customer',
    routes: () => ({
      start: { method: 'post', path: '/api/v1/subscriptions', body: { planId: 'customer_basic' }, isTenantScoped: false },
      me: { method: 'get', path: '/api/v1/subscriptions/me', isTenantScoped: false },
      upgrade: { method: 'put', path: '/api/v1/subscriptions/upgrade', body: { planId: 'customer_premium' }, isTenantScoped: false },
      cancel: { method: 'post', path: '/api/v1/subscriptions/cancel', body: {}, isTenantScoped: false },
      invoices: { method: 'get', path: '/api/v1/subscriptions/invoices', isTenantScoped: false },
    }),
  });
});
