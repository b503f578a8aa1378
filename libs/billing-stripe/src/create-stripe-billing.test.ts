import Stripe from 'stripe';
import { WebhookPayloadError, WebhookSignatureError } from './billing-provider';
import { createStripeBilling } from './create-stripe-billing';
import { startStripeTestServer, type StripeTestServer } from './testing';

// The adapter and the real SDK against the local Stripe test server: Stripe's answers, our terms.
describe('createStripeBilling against the Stripe test server', () => {
  let server: StripeTestServer;
  const webhookSecret = 'whsec_unit';
  const billing = () => createStripeBilling({ secretKey: 'sk_test_unit', webhookSecret, apiBase: server.apiBase });
  const sdk = (key = 'sk_test_unit') => new Stripe(key, { ...server.apiBase, maxNetworkRetries: 0, telemetry: false });

  beforeAll(async () => {
    server = await startStripeTestServer({ prices: { price_basic: { unitAmount: 1900, currency: 'gbp' } }, webhookSecret });
  });
  afterAll(() => server.close());

  const checkoutInput = (customerId: string, priceId = 'price_basic') => ({
    customerId, priceId, clientReferenceId: 'user-1', metadata: { userId: 'user-1', audience: 'owner' }, successUrl: 'http://x/ok', cancelUrl: 'http://x/no',
  });

  it('replays an Idempotency-Key with the same parameters and refuses it with others (400 idempotency_error)', async () => {
    const { customerId } = await billing().createCustomer({ userId: 'user-1', email: null, name: null }, { idempotencyKey: 'cus-1' });
    expect((await billing().createCustomer({ userId: 'user-1', email: null, name: null }, { idempotencyKey: 'cus-1' })).customerId).toBe(customerId);
    const first = await billing().createCheckoutSession(checkoutInput(customerId), { idempotencyKey: 'co-1' });
    expect((await billing().createCheckoutSession(checkoutInput(customerId), { idempotencyKey: 'co-1' })).sessionId).toBe(first.sessionId);
    await expect(sdk().customers.create({ email: 'other@example.test' }, { idempotencyKey: 'cus-1' })).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(first.url).toBe(`${server.url}/checkout/${first.sessionId}`);
  });

  it('answers like Stripe: 401 for a bad key, 404 resource_missing with the param, null for a missing subscription', async () => {
    await expect(sdk('not-a-key').customers.create({})).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    const missing = await sdk().checkout.sessions.create({ mode: 'subscription', customer: 'cus_nope', line_items: [{ price: 'price_basic', quantity: 1 }], success_url: 'http://x' })
      .catch((error: unknown) => error);
    expect(missing).toMatchObject({ type: 'StripeInvalidRequestError', statusCode: 404, code: 'resource_missing', param: 'customer' });
    await expect(billing().createCheckoutSession(checkoutInput('cus_nope'), {})).rejects.toMatchObject({ code: 'internal' });
    expect(await billing().getSubscription('sub_nope')).toBeNull();
  });

  it('maps a completed checkout to subscription and invoice in our terms, and verifies webhook signatures', async () => {
    const { customerId } = await billing().createCustomer({ userId: 'user-2', email: 'a@example.test', name: 'A' }, {});
    const { sessionId } = await billing().createCheckoutSession(checkoutInput(customerId), {});
    const events = server.account.completeCheckout(sessionId);
    const subId = server.account.sessions.get(sessionId)!.subscription!;
    expect(await billing().getSubscription(subId)).toMatchObject({ id: subId, customerId, status: 'active', priceId: 'price_basic', cancelAtPeriodEnd: false, metadata: { userId: 'user-1' } });
    const paid = events.find((e) => e['type'] === 'invoice.paid')!;
    const { payload, signature } = server.sign(paid);
    expect(billing().parseWebhook(payload, signature)).toMatchObject({
      type: 'invoice.paid', subscriptionId: subId, invoice: { amountMinor: 1900, currency: 'GBP', status: 'paid', billingReason: 'subscription_create' },
    });
    expect(() => billing().parseWebhook(payload, undefined)).toThrow(WebhookSignatureError);
    expect(() => billing().parseWebhook(payload.replace('1900', '1'), signature)).toThrow(WebhookSignatureError);
    const stale = Stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret, timestamp: Math.floor(Date.now() / 1000) - 3600 });
    expect(() => billing().parseWebhook(payload, stale)).toThrow(WebhookSignatureError);
    expect(billing().parseWebhook(server.sign({ ...paid, id: 'evt_x', type: 'charge.refunded' }).payload, server.sign({ ...paid, id: 'evt_x', type: 'charge.refunded' }).signature).type).toBe('other');
  });

  it('refuses a signed event lacking what we act on with WebhookPayloadError, not a TypeError', async () => {
    const { customerId } = await billing().createCustomer({ userId: 'user-3', email: null, name: null }, {});
    const { sessionId } = await billing().createCheckoutSession(checkoutInput(customerId), {});
    const paid = server.account.completeCheckout(sessionId).find((e) => e['type'] === 'invoice.paid')!;
    const { currency: _c, ...noCurrency } = (paid['data'] as { object: Record<string, unknown> }).object;
    for (const event of [{ ...paid, data: { object: noCurrency } }, { ...paid, data: {} }, { ...paid, type: 'customer.subscription.deleted', data: { object: {} } }]) {
      const { payload, signature } = server.sign(event);
      expect(() => billing().parseWebhook(payload, signature)).toThrow(WebhookPayloadError);
    }
  });

  it('lists and expires open checkout sessions; a paid one cannot be expired and is left as it is', async () => {
    const { customerId } = await billing().createCustomer({ userId: 'user-4', email: null, name: null }, {});
    const a = await billing().createCheckoutSession(checkoutInput(customerId), {});
    const b = await billing().createCheckoutSession(checkoutInput(customerId), {});
    expect((await billing().listOpenCheckoutSessions(customerId)).map((s) => s.sessionId).sort()).toEqual([a.sessionId, b.sessionId].sort());
    await billing().expireCheckoutSession(a.sessionId);
    server.account.completeCheckout(b.sessionId);
    await billing().expireCheckoutSession(b.sessionId);
    expect(server.account.sessions.get(a.sessionId)!.status).toBe('expired');
    expect(server.account.sessions.get(b.sessionId)!.status).toBe('complete');
    expect(await billing().listOpenCheckoutSessions(customerId)).toEqual([]);
  });

  it('as the dev checkout: Pay returns to the success URL; hosted invoice pages open without an API key', async () => {
    const { customerId } = await billing().createCustomer({ userId: 'user-5', email: null, name: null }, {});
    const { url } = await billing().createCheckoutSession({ ...checkoutInput(customerId), successUrl: 'http://localhost:3000/billing?checkout=success' }, {});
    const pay = await fetch(`${url}/pay`, { method: 'POST', redirect: 'manual' });
    expect(pay.status).toBe(303);
    expect(pay.headers.get('location')).toBe('http://localhost:3000/billing?checkout=success');
    const invoice = [...server.account.invoices.values()].at(-1)!;
    const page = await fetch(`${server.url}/invoices/${invoice.id}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('19.00 GBP');
    expect((await fetch(`${server.url}/invoices/in_nope`)).status).toBe(404);
    expect((await fetch(`${server.url}/checkout/done?checkout=success`)).status).toBe(200);
  });
});
