import { AppError } from '@salon/errors';
import Stripe from 'stripe';
import { type BillingProvider, WebhookSignatureError } from './billing-provider';
import { toBillingEvent, toProviderSubscription } from './to-provider-objects';

export type StripeBillingOptions = {
  secretKey: string;
  webhookSecret: string;
  /** Only tests and the dev checkout set these: the real SDK then talks to a local server. */
  apiBase?: { host: string; port: number; protocol: 'http' | 'https' };
};

/**
 * The BillingProvider over the real Stripe SDK. Network retries stay at the SDK's default in
 * production (each call carries an idempotency key, so a retry is safe) and 0 against a local
 * server, where a failure is the answer under test.
 */
export function createStripeBilling(opts: StripeBillingOptions): BillingProvider {
  const stripe = new Stripe(opts.secretKey, {
    telemetry: false,
    ...(opts.apiBase && { ...opts.apiBase, maxNetworkRetries: 0 }),
  });
  const call = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (error) {
      throw toAppError(error);
    }
  };
  return {
    createCustomer: (input, { idempotencyKey }) =>
      call(async () => {
        const customer = await stripe.customers.create(
          { ...(input.email && { email: input.email }), ...(input.name && { name: input.name }), metadata: { userId: input.userId } },
          { idempotencyKey },
        );
        return { customerId: customer.id };
      }),
    createCheckoutSession: (input, { idempotencyKey }) =>
      call(async () => {
        const session = await stripe.checkout.sessions.create(
          {
            mode: 'subscription',
            customer: input.customerId,
            client_reference_id: input.clientReferenceId,
            line_items: [{ price: input.priceId, quantity: 1 }],
            metadata: input.metadata,
            subscription_data: { metadata: input.metadata },
            success_url: input.successUrl,
            cancel_url: input.cancelUrl,
          },
          { idempotencyKey },
        );
        if (!session.url) throw new AppError('unavailable', 'Stripe returned a checkout session without a URL.');
        return { sessionId: session.id, url: session.url };
      }),
    listOpenCheckoutSessions: (customerId) =>
      call(async () => {
        const page = await stripe.checkout.sessions.list({ customer: customerId, status: 'open', limit: 100 });
        return page.data.flatMap((s) => (s.url ? [{ sessionId: s.id, url: s.url, metadata: { ...s.metadata } }] : []));
      }),
    expireCheckoutSession: (sessionId) =>
      call(async () => {
        try {
          await stripe.checkout.sessions.expire(sessionId);
        } catch (error) {
          // Only an open session can be expired: one paid or expired meanwhile is what we wanted anyway.
          if (error instanceof Stripe.errors.StripeInvalidRequestError && error.statusCode !== undefined && error.statusCode < 500) return;
          throw error;
        }
      }),
    getSubscription: (subscriptionId) =>
      call(async () => {
        try {
          return toProviderSubscription(await stripe.subscriptions.retrieve(subscriptionId));
        } catch (error) {
          if (error instanceof Stripe.errors.StripeInvalidRequestError && error.statusCode === 404) return null;
          throw error;
        }
      }),
    changeSubscriptionPrice: (subscriptionId, input, { idempotencyKey }) =>
      call(async () => {
        const current = await stripe.subscriptions.retrieve(subscriptionId);
        const item = current.items.data[0];
        if (!item) throw new AppError('conflict', 'The subscription has no item to change.');
        const updated = await stripe.subscriptions.update(
          subscriptionId,
          {
            items: [{ id: item.id, price: input.priceId }],
            // A plan change resumes a subscription cancelled at the period end (docs/billing.md).
            cancel_at_period_end: false,
            // Upgrade: charge the difference now. Downgrade: the new price applies from the next period.
            proration_behavior: input.prorate ? 'always_invoice' : 'none',
          },
          { idempotencyKey },
        );
        return toProviderSubscription(updated);
      }),
    setCancelAtPeriodEnd: (subscriptionId, cancel, { idempotencyKey }) =>
      call(async () => toProviderSubscription(await stripe.subscriptions.update(subscriptionId, { cancel_at_period_end: cancel }, { idempotencyKey }))),
    cancelSubscriptionNow: (subscriptionId) =>
      call(async () => {
        try {
          await stripe.subscriptions.cancel(subscriptionId);
        } catch (error) {
          if (!(error instanceof Stripe.errors.StripeInvalidRequestError)) throw error;
          // Already cancelled (Stripe refuses a second cancel) or gone: nothing left to stop.
          const current = await stripe.subscriptions.retrieve(subscriptionId).catch(() => null);
          if (current && current.status !== 'canceled' && current.status !== 'incomplete_expired') throw error;
        }
      }),
    parseWebhook: (rawBody, signature) => {
      if (!signature) throw new WebhookSignatureError('The Stripe-Signature header is missing.');
      let event: Stripe.Event;
      try {
        event = stripe.webhooks.constructEvent(rawBody, signature, opts.webhookSecret);
      } catch (error) {
        throw new WebhookSignatureError(error instanceof Error ? error.message : 'The signature did not verify.');
      }
      return toBillingEvent(event);
    },
  };
}

/** Stripe's failures in our codes: its outages are retryable 503s, a refused call of ours a 500. */
function toAppError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (error instanceof Stripe.errors.StripeConnectionError || error instanceof Stripe.errors.StripeAPIError || error instanceof Stripe.errors.StripeRateLimitError) {
    return new AppError('unavailable', 'The payment provider is not answering. Try again shortly.', { retryable: true, cause: error });
  }
  if (error instanceof Stripe.errors.StripeError && error.statusCode !== undefined && error.statusCode >= 500) {
    return new AppError('unavailable', 'The payment provider is not answering. Try again shortly.', { retryable: true, cause: error });
  }
  return new AppError('internal', 'The payment provider refused the request.', { cause: error });
}
