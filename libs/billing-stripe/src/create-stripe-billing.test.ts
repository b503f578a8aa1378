import Stripe from 'stripe';
import { WebhookSignatureError } from './billing-provider';
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
});
