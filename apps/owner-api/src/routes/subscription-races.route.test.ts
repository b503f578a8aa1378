import { and, eq, payments, subscriptions } from '@salon/db';
import { errorEnvelope } from '@salon/runtime/testing';
import request from 'supertest';
import { startOwnerBillingApi, type OwnerBillingApi } from '../testing/owner-billing-api';
import { signUpOwner } from '../testing/sign-up-owner';

const DAY_MS = 86_400_000;
let clock = new Date('2026-11-30T10:00:00Z');

// Concurrency and repeated payment: at most one payable checkout and one live paid subscription per
// user and side; one change at a time. The real SDK against the local Stripe test server.
describe('owner-api: subscriptions under concurrency and double payment', () => {
  let bed: OwnerBillingApi['bed'];
  let api: OwnerBillingApi['api'];
  let typed: OwnerBillingApi['typed'];

  let stack: OwnerBillingApi;
  beforeAll(async () => {
    stack = await startOwnerBillingApi(() => clock);
    ({ bed, api, typed } = stack);
  });
  afterAll(() => stack.close());

  const deliver = (event: Record<string, unknown>) => {
    const { payload, signature } = bed.signed(event);
    return request(api.app).post('/api/v1/subscriptions/webhooks').set('Content-Type', 'application/json').set('Stripe-Signature', signature).send(payload);
  };
  const deliverAll = async (events: Record<string, unknown>[]) => {
    for (const event of events) expect((await deliver(event)).status).toBe(200);
  };
  const start = (token: string, planId: string) => typed.client.subscriptions.start({ body: { planId }, extraHeaders: typed.as(token) });
  const me = async (token: string) => {
    const res = await typed.client.subscriptions.me({ extraHeaders: typed.as(token) });
    if (res.status !== 200) throw new Error(`me: ${res.status}`);
    return res.body;
  };
  const liveRows = (userId: string) =>
    api.database.db.select().from(subscriptions).where(and(eq(subscriptions.userId, userId), eq(subscriptions.status, 'active')));
  const subscribed = async (name: string, planId: string) => {
    const owner = await signUpOwner(api, name);
    const res = await start(owner.token, planId);
    if (res.status !== 201 || !res.body.checkoutUrl) throw new Error(`start: ${res.status}`);
    const sessionId = res.body.checkoutUrl.split('/').at(-1)!;
    await deliverAll(bed.stripe.account.completeCheckout(sessionId));
    return { ...owner, subId: bed.stripe.account.sessions.get(sessionId)!.subscription! };
  };

  it('20 concurrent subscribes without a key open one session; another plan expires it; a second paid subscription is cancelled at Stripe and never revived', async () => {
    const lea = await signUpOwner(api, 'lea');
    const answers = await Promise.all(Array.from({ length: 20 }, () => start(lea.token, 'owner_basic')));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    const urls = new Set(answers.map((a) => (a.body as { checkoutUrl: string }).checkoutUrl));
    expect(urls.size).toBe(1);
    const basicSession = [...urls][0]!.split('/').at(-1)!;
    const premium = await start(lea.token, 'owner_premium');
    expect(premium.status).toBe(201);
    expect(bed.stripe.account.sessions.get(basicSession)!.status).toBe('expired');
    expect(() => bed.stripe.account.completeCheckout(basicSession)).toThrow();

    // Two sessions paid anyway (made before this fix, or at Stripe directly): the second one is the extra.
    const { account } = bed.stripe;
    const customer = account.sessions.get(basicSession)!.customer;
    const metadata = { userId: lea.userId, audience: 'owner', planId: 'owner_basic' };
    const open = () => account.createSession({ customer, price: 'price_owner_basic', clientReferenceId: lea.userId, successUrl: 'http://x/ok', cancelUrl: null, metadata, subscriptionMetadata: metadata });
    const [first, second] = [open(), open()].map((s) => s['id'] as string);
    const firstEvents = account.completeCheckout(first!);
    const secondEvents = account.completeCheckout(second!);
    await deliverAll(firstEvents);
    await deliverAll(secondEvents);
    const [keep, extra] = [first, second].map((id) => account.sessions.get(id!)!.subscription!);
    expect(account.mustGet(keep!).status).toBe('active');
    expect(account.mustGet(extra!).status).toBe('canceled');
    expect((await liveRows(lea.userId)).map((r) => r.stripeSubscriptionId)).toEqual([keep]);
    expect(await me(lea.token)).toMatchObject({ plan: { id: 'owner_basic' }, status: 'active' });

    // The orphan renews at Stripe after all (say our cancel was lost): its events do not revive it.
    account.mustGet(extra!).status = 'active';
    clock = new Date(account.mustGet(extra!).periodEnd * 1000);
    await deliverAll(account.endPeriod(extra!));
    expect((await liveRows(lea.userId)).map((r) => r.stripeSubscriptionId)).toEqual([keep]);
    expect(account.mustGet(extra!).status).toBe('canceled');
  });

  it('20 concurrent upgrades: one 200 and one prorated invoice, the rest 409', async () => {
    clock = new Date('2027-01-05T10:00:00Z');
    const max = await subscribed('max', 'owner_basic');
    clock = new Date(clock.getTime() + 3 * DAY_MS);
    const answers = await Promise.all(Array.from({ length: 20 }, () => typed.client.subscriptions.upgrade({ body: { planId: 'owner_premium' }, extraHeaders: typed.as(max.token) })));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(19);
    expect(answers.find((a) => a.status === 409)!.body).toEqual(errorEnvelope('conflict'));
    const prorations = [...bed.stripe.account.invoices.values()].filter((i) => i.subscription === max.subId && i.billingReason === 'subscription_update');
    expect(prorations).toHaveLength(1);
    expect(await me(max.token)).toMatchObject({ plan: { id: 'owner_premium' } });
  });

  it('20 concurrent cancels: the first 200, the rest 409 like a repeated cancel', async () => {
    const ned = await subscribed('ned', 'owner_basic');
    const answers = await Promise.all(Array.from({ length: 20 }, () => typed.client.subscriptions.cancel({ body: {}, extraHeaders: typed.as(ned.token) })));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(19);
    expect((await typed.client.subscriptions.cancel({ body: {}, extraHeaders: typed.as(ned.token) })).status).toBe(409);
  });

  it('after cancel: POST /subscriptions with the plan held resumes it (200); a downgrade or upgrade resumes too', async () => {
    const ola = await subscribed('ola', 'owner_premium');
    expect((await typed.client.subscriptions.cancel({ body: {}, extraHeaders: typed.as(ola.token) })).status).toBe(200);
    const resumed = await start(ola.token, 'owner_premium');
    expect(resumed).toMatchObject({ status: 200, body: { status: 'resumed', checkoutUrl: null, subscription: { plan: { id: 'owner_premium' }, cancelAtPeriodEnd: false } } });
    expect(bed.stripe.account.mustGet(ola.subId).cancelAtPeriodEnd).toBe(false);
    expect((await start(ola.token, 'owner_premium')).status).toBe(409); // not cancelling any more

    expect((await typed.client.subscriptions.cancel({ body: {}, extraHeaders: typed.as(ola.token) })).status).toBe(200);
    const down = await typed.client.subscriptions.upgrade({ body: { planId: 'owner_basic' }, extraHeaders: typed.as(ola.token) });
    expect(down).toMatchObject({ status: 200, body: { plan: { id: 'owner_premium' }, pendingPlan: { id: 'owner_basic' }, cancelAtPeriodEnd: false } });
    expect(bed.stripe.account.mustGet(ola.subId).cancelAtPeriodEnd).toBe(false);

    const pia = await subscribed('pia', 'owner_basic');
    expect((await typed.client.subscriptions.cancel({ body: {}, extraHeaders: typed.as(pia.token) })).status).toBe(200);
    const up = await typed.client.subscriptions.upgrade({ body: { planId: 'owner_premium' }, extraHeaders: typed.as(pia.token) });
    expect(up).toMatchObject({ status: 200, body: { plan: { id: 'owner_premium' }, cancelAtPeriodEnd: false } });
    expect(bed.stripe.account.mustGet(pia.subId).cancelAtPeriodEnd).toBe(false);
  });

  it('a signed but incomplete event is 400 validation_failed, never a 500, and records nothing', async () => {
    const quinn = await subscribed('quinn', 'owner_basic');
    const paid = bed.stripe.account.events.find((e) => e['type'] === 'invoice.paid')!;
    const invoice = (paid['data'] as { object: Record<string, unknown> }).object;
    const { currency: _currency, ...noCurrency } = invoice;
    const { id: _id, ...noId } = invoice;
    const broken = [
      { ...paid, id: 'evt_bad_1', data: { object: noCurrency } },
      { ...paid, id: 'evt_bad_2', data: {} },
      { ...paid, id: 'evt_bad_3', data: { object: noId } },
      { ...paid, id: 'evt_bad_4', type: 'customer.subscription.updated', data: { object: { object: 'subscription' } } },
      { ...paid, id: 'evt_bad_5', type: 'checkout.session.completed', data: { object: { subscription: 5 } } },
      { ...paid, id: 'evt_bad_6', data: { object: { ...invoice, amount_paid: 'lots' } } },
      { id: 'evt_bad_7', type: 'invoice.paid' },
    ];
    for (const event of broken) {
      const res = await deliver(event);
      expect({ id: event.id, status: res.status, body: res.body }).toEqual({ id: event.id, status: 400, body: errorEnvelope('validation_failed') });
    }
    expect(await api.database.db.select().from(payments).where(eq(payments.userId, quinn.userId))).toHaveLength(1);
  });
});
