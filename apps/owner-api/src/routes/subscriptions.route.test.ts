import { createBillingContext, expireSubscriptions } from '@salon/billing';
import { payments, processedWebhookEvents, users, eq } from '@salon/db';
import { errorEnvelope, runRouteSecurityTests } from '@salon/runtime/testing';
import request from 'supertest';
import { startOwnerBillingApi, type OwnerBillingApi } from '../testing/owner-billing-api';
import { signUpOwner } from '../testing/sign-up-owner';

const DAY_MS = 86_400_000;
let clock = new Date('2026-11-30T10:00:00Z');

describe('owner-api: subscriptions through the real Stripe SDK and the local Stripe test server', () => {
  let bed: OwnerBillingApi['bed'];
  let api: OwnerBillingApi['api'];
  let typed: OwnerBillingApi['typed'];

  let stack: OwnerBillingApi;
  beforeAll(async () => {
    stack = await startOwnerBillingApi(() => clock);
    ({ bed, api, typed } = stack);
  });
  afterAll(() => stack.close());

  const deliver = (event: Record<string, unknown>, signature?: string) => {
    const signed = bed.signed(event);
    return request(api.app)
      .post('/api/v1/subscriptions/webhooks')
      .set('Content-Type', 'application/json')
      .set('Stripe-Signature', signature ?? signed.signature)
      .send(signed.payload);
  };
  const deliverAll = async (events: Record<string, unknown>[]) => {
    for (const event of events) expect((await deliver(event)).status).toBe(200);
  };
  const billing = () => createBillingContext({ db: api.database.db, now: () => clock, settings: bed.settings });
  const me = async (token: string) => {
    const res = await typed.client.subscriptions.me({ extraHeaders: typed.as(token) });
    if (res.status !== 200) throw new Error(`me: ${res.status}`);
    return res.body;
  };
  const checkout = async (token: string, planId: string, key?: string) => {
    const res = await typed.client.subscriptions.start({ body: { planId }, headers: { 'idempotency-key': key }, extraHeaders: typed.as(token) });
    if (res.status !== 201 || !res.body.checkoutUrl) throw new Error(`start: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.checkoutUrl.split('/').at(-1)!;
  };

  it('lists the owner plans publicly, cheapest first, in minor units', async () => {
    const res = await typed.client.subscriptions.plans();
    expect(res.status).toBe(200);
    if (res.status !== 200) return;
    expect(res.body.items.map((p) => [p.id, p.priceMinor, p.limits.maxShops])).toEqual([
      ['owner_free', 0, 1], ['owner_basic', 1900, 3], ['owner_premium', 4900, null],
    ]);
    expect(res.body.items.every((p) => Number.isInteger(p.priceMinor))).toBe(true);
  });

  it('Free → Checkout → webhook → Basic → upgrade to Premium (prorated invoice) → cancel → Premium until the end → expiry → Free', async () => {
    clock = new Date('2026-11-30T10:00:00Z');
    const fran = await signUpOwner(api, 'fran');
    expect((await me(fran.token)).plan.id).toBe('owner_free');
    // Everyone is on Free: asking for it is asking for the plan you hold (409, as documented).
    expect((await typed.client.subscriptions.start({ body: { planId: 'owner_free' }, extraHeaders: typed.as(fran.token) })).status).toBe(409);

    // The same Idempotency-Key gives the same session; the Stripe customer is made once and reused.
    const sessionId = await checkout(fran.token, 'owner_basic', 'k-1');
    expect(await checkout(fran.token, 'owner_basic', 'k-1')).toBe(sessionId);
    // Another key for the same plan: the open session is reused, not a second one to pay.
    expect(await checkout(fran.token, 'owner_basic', 'k-2')).toBe(sessionId);
    expect(bed.stripe.account.customers.size).toBe(1);
    expect(bed.stripe.requests.filter((r) => r.method === 'POST' && r.path === '/v1/checkout/sessions').every((r) => r.idempotencyKey)).toBe(true);
    expect(bed.stripe.account.sessions.get(sessionId)).toMatchObject({ clientReferenceId: fran.userId });
    expect((await me(fran.token)).plan.id).toBe('owner_free'); // not before Stripe confirms payment

    const events = bed.stripe.account.completeCheckout(sessionId);
    for (let i = 0; i < 3; i += 1) await deliverAll(events); // every event 3 times → one effect
    const basic = await me(fran.token);
    expect(basic).toMatchObject({ plan: { id: 'owner_basic' }, status: 'active', cancelAtPeriodEnd: false });
    expect(await api.database.db.select().from(payments).where(eq(payments.userId, fran.userId))).toHaveLength(1);
    expect((await typed.client.subscriptions.start({ body: { planId: 'owner_basic' }, extraHeaders: typed.as(fran.token) })).status).toBe(409);
    expect((await typed.client.subscriptions.start({ body: { planId: 'owner_premium' }, extraHeaders: typed.as(fran.token) })).status).toBe(409);

    clock = new Date(clock.getTime() + 10 * DAY_MS);
    const eventCount = bed.stripe.account.events.length;
    const upgraded = await typed.client.subscriptions.upgrade({ body: { planId: 'owner_premium' }, extraHeaders: typed.as(fran.token) });
    expect(upgraded).toMatchObject({ status: 200, body: { plan: { id: 'owner_premium' } } });
    await deliverAll(bed.stripe.account.events.slice(eventCount));
    const invoices = await typed.client.subscriptions.invoices({ query: {}, extraHeaders: typed.as(fran.token) });
    expect(invoices.status).toBe(200);
    if (invoices.status !== 200) return;
    const proration = invoices.body.items.find((i) => i.reason === 'subscription_update')!;
    expect(proration).toMatchObject({ status: 'paid', currency: 'GBP' });
    expect(Number.isInteger(proration.amountMinor)).toBe(true);
    expect(proration.amountMinor).toBeGreaterThan(0);
    expect(proration.amountMinor).toBeLessThan(4900 - 1900);

    const cancelled = await typed.client.subscriptions.cancel({ body: {}, extraHeaders: typed.as(fran.token) });
    expect(cancelled).toMatchObject({ status: 200, body: { plan: { id: 'owner_premium' }, cancelAtPeriodEnd: true } });
    const end = new Date((await me(fran.token)).currentPeriodEnd!);
    clock = new Date(end.getTime() - 60_000);
    expect((await me(fran.token)).plan.id).toBe('owner_premium');
    expect(await expireSubscriptions({ ctx: billing(), input: { now: clock } })).toEqual([]);
    clock = new Date(end.getTime() + 60_000);
    expect(await expireSubscriptions({ ctx: billing(), input: { now: clock } })).toEqual([
      { userId: fran.userId, audience: 'owner', planId: 'owner_premium', reason: 'period_ended' },
    ]);
    expect((await me(fran.token)).plan.id).toBe('owner_free');
    expect(await expireSubscriptions({ ctx: billing(), input: { now: clock } })).toEqual([]);
  });

  it('a failed renewal → past_due with the plan kept for the grace days → Free, and Stripe stops retrying', async () => {
    clock = new Date('2027-02-01T09:00:00Z');
    const gus = await signUpOwner(api, 'gus');
    const sessionId = await checkout(gus.token, 'owner_basic');
    await deliverAll(bed.stripe.account.completeCheckout(sessionId));
    const subId = bed.stripe.account.sessions.get(sessionId)!.subscription!;
    clock = new Date(bed.stripe.account.mustGet(subId).periodEnd * 1000);
    await deliverAll(bed.stripe.account.endPeriod(subId, { paymentSucceeds: false }));
    const pastDue = await me(gus.token);
    expect(pastDue).toMatchObject({ plan: { id: 'owner_basic' }, status: 'past_due', graceEndsAt: new Date(clock.getTime() + 7 * DAY_MS).toISOString() });
    clock = new Date(clock.getTime() + 6 * DAY_MS);
    expect(await expireSubscriptions({ ctx: billing(), input: { now: clock } })).toEqual([]);
    clock = new Date(clock.getTime() + 2 * DAY_MS);
    expect(await expireSubscriptions({ ctx: billing(), input: { now: clock } })).toMatchObject([{ userId: gus.userId, reason: 'payment_failed' }]);
    expect((await me(gus.token)).plan.id).toBe('owner_free');
    expect(bed.stripe.account.mustGet(subId).status).toBe('canceled');
  });

  it('a downgrade waits for the period end: Premium until then, Basic from the renewal, billed at the Basic price', async () => {
    clock = new Date('2027-03-01T09:00:00Z');
    const kim = await signUpOwner(api, 'kim');
    const sessionId = await checkout(kim.token, 'owner_premium');
    await deliverAll(bed.stripe.account.completeCheckout(sessionId));
    const subId = bed.stripe.account.sessions.get(sessionId)!.subscription!;
    clock = new Date(clock.getTime() + 5 * DAY_MS);
    const eventCount = bed.stripe.account.events.length;
    const down = await typed.client.subscriptions.upgrade({ body: { planId: 'owner_basic' }, extraHeaders: typed.as(kim.token) });
    expect(down).toMatchObject({ status: 200, body: { plan: { id: 'owner_premium' }, pendingPlan: { id: 'owner_basic' } } });
    await deliverAll(bed.stripe.account.events.slice(eventCount));
    expect(await me(kim.token)).toMatchObject({ plan: { id: 'owner_premium' }, pendingPlan: { id: 'owner_basic' } });
    clock = new Date(bed.stripe.account.mustGet(subId).periodEnd * 1000);
    await deliverAll(bed.stripe.account.endPeriod(subId));
    expect(await me(kim.token)).toMatchObject({ plan: { id: 'owner_basic' }, pendingPlan: null, status: 'active' });
    const invoices = await typed.client.subscriptions.invoices({ query: { limit: 1 }, extraHeaders: typed.as(kim.token) });
    expect(invoices.status === 200 && invoices.body.items[0]).toMatchObject({ reason: 'subscription_cycle', amountMinor: 1900 });
    expect(invoices.status === 200 && invoices.body.nextCursor).toEqual(expect.any(String));
    expect(bed.stripe.account.invoices.size).toBeGreaterThan(0);
    expect([...bed.stripe.account.invoices.values()].filter((i) => i.subscription === subId && i.billingReason === 'subscription_update')).toEqual([]);
  });

  it('refuses a bad or missing signature with 400 and changes nothing; unknown event types are acknowledged', async () => {
    const before = await api.database.db.select().from(processedWebhookEvents);
    const hal = await signUpOwner(api, 'hal');
    const sessionId = await checkout(hal.token, 'owner_basic');
    const events = bed.stripe.account.completeCheckout(sessionId);
    for (const event of events) {
      const forged = await deliver(event, `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}`);
      expect(forged.status).toBe(400);
      expect(forged.body).toEqual(errorEnvelope('validation_failed'));
      const unsigned = await request(api.app).post('/api/v1/subscriptions/webhooks').send(event);
      expect(unsigned.status).toBe(400);
    }
    const tampered = bed.signed(events[0]!);
    const res = await request(api.app).post('/api/v1/subscriptions/webhooks').set('Content-Type', 'application/json')
      .set('Stripe-Signature', tampered.signature).send(tampered.payload.replace('"active"', '"canceled"'));
    expect(res.status).toBe(400);
    expect(await api.database.db.select().from(processedWebhookEvents)).toHaveLength(before.length);
    expect((await me(hal.token)).plan.id).toBe('owner_free');
    const unknown = await deliver({ id: 'evt_unknown_1', object: 'event', type: 'charge.refunded', created: 1, data: { object: {} } });
    expect(unknown).toMatchObject({ status: 200, body: { received: true, outcome: 'ignored' } });
  });

  it('refuses the analytics dashboard below Basic and the calendar feed below Premium: 403 plan_limit_reached', async () => {
    const ivy = await signUpOwner(api, 'ivy');
    const dash = await request(api.app).get('/api/v1/clients/dashboard').set('Authorization', `Bearer ${ivy.token}`);
    expect(dash.status).toBe(403);
    expect(dash.body.error).toMatchObject({ code: 'plan_limit_reached' });
    expect(dash.body.error.details).toEqual(expect.arrayContaining([{ path: 'upgradeTo', message: 'owner_basic' }, { path: 'upgradeTo', message: 'owner_premium' }]));
    const shop = await typed.client.shops.create({ body: { name: 'Ivy Cuts', timeZone: 'Europe/London', currency: 'GBP' } as never, extraHeaders: typed.as(ivy.token) });
    expect(shop.status).toBe(201);
    if (shop.status !== 201) return;
    const feed = await request(api.app).get(new URL(shop.body.calendarFeedUrl).pathname + new URL(shop.body.calendarFeedUrl).search);
    expect(feed.status).toBe(403);
    const sessionId = await checkout(ivy.token, 'owner_basic');
    await deliverAll(bed.stripe.account.completeCheckout(sessionId));
    expect((await request(api.app).get('/api/v1/clients/dashboard').set('Authorization', `Bearer ${ivy.token}`)).status).toBe(200);
    const rotate = await request(api.app).post(`/api/v1/shops/${shop.body.id}/calendar-token`).set('Authorization', `Bearer ${ivy.token}`);
    expect(rotate.status).toBe(403);
    expect(rotate.body.error.details).toEqual(expect.arrayContaining([{ path: 'upgradeTo', message: 'owner_premium' }]));
  });

  it('answers hostile subscription input with its 4xx, never a 500', async () => {
    const jo = await signUpOwner(api, 'jo');
    const post = (path: string) => request(api.app).post(path).set('Authorization', `Bearer ${jo.token}`);
    expect((await post('/api/v1/subscriptions').send({ planId: 'customer_basic' })).status).toBe(404); // the other side's plan
    expect((await post('/api/v1/subscriptions').send({ planId: 'nope' })).status).toBe(404);
    for (const body of [{}, { planId: 5 }, { planId: ['owner_basic'] }, { planId: 'x'.repeat(65) }, { planId: 'owner_basic', extra: 1 }, { planId: 'a\u0000b' }]) {
      const res = await post('/api/v1/subscriptions').send(body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
    }
    const put = await request(api.app).put('/api/v1/subscriptions/upgrade').set('Authorization', `Bearer ${jo.token}`).send({ planId: 'owner_premium' });
    expect(put.status).toBe(409); // nothing paid to upgrade
    expect((await post('/api/v1/subscriptions/cancel').send({})).status).toBe(409);
    const invoices = (q: string) => request(api.app).get(`/api/v1/subscriptions/invoices${q}`).set('Authorization', `Bearer ${jo.token}`);
    for (const q of ['?limit=0', '?limit=101', '?limit=abc', '?cursor=%%%', '?cursor=bm90LWEtY3Vyc29y']) expect((await invoices(q)).status).toBe(400);
    expect((await invoices('')).body).toEqual({ items: [], nextCursor: null });
    for (const raw of ['{', '[]', 'null', '{"id":1}']) {
      const res = await request(api.app).post('/api/v1/subscriptions/webhooks').set('Content-Type', 'application/json').set('Stripe-Signature', 't=1,v1=00').send(raw);
      expect({ raw, status: res.status }).toEqual({ raw, status: 400 });
    }
    const reused = await request(api.app).post('/api/v1/subscriptions').set('Authorization', `Bearer ${jo.token}`).set('Idempotency-Key', 'same')
      .send({ planId: 'owner_free' });
    expect(reused.status).toBe(409); // on Free already
    const other = await request(api.app).post('/api/v1/subscriptions').set('Authorization', `Bearer ${jo.token}`).set('Idempotency-Key', 'same')
      .send({ planId: 'owner_basic' });
    expect(other.status).toBe(422);
    const [user] = await api.database.db.select().from(users).where(eq(users.id, jo.userId));
    expect(user?.stripeCustomerId).toBeNull();
  });

  runRouteSecurityTests(() => api, {
    role: 'owner',
    routes: () => ({
      start: { method: 'post', path: '/api/v1/subscriptions', body: { planId: 'owner_basic' }, isTenantScoped: false },
      me: { method: 'get', path: '/api/v1/subscriptions/me', isTenantScoped: false },
      upgrade: { method: 'put', path: '/api/v1/subscriptions/upgrade', body: { planId: 'owner_premium' }, isTenantScoped: false },
      cancel: { method: 'post', path: '/api/v1/subscriptions/cancel', body: {}, isTenantScoped: false },
      invoices: { method: 'get', path: '/api/v1/subscriptions/invoices', isTenantScoped: false },
    }),
  });
});
