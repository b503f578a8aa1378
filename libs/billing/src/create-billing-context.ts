import { createStripeBilling, type BillingProvider } from '@salon/billing-stripe';
import { type Database } from '@salon/db';
import { AppError } from '@salon/errors';
import { type BillingContext } from './context';

/** The billing settings an app is built with (from its config: STRIPE_*, BILLING_*). */
export type BillingSettings = {
  /** Unset: paid plans and webhooks answer 503 unavailable; Free and plan limits still work. */
  stripe?: { secretKey: string; webhookSecret: string; apiBase?: URL };
  graceDays: number;
  returnUrl: string;
};

/** The default when an app is built without settings (tests of other areas): no Stripe, 7 grace days. */
export const DEFAULT_BILLING_SETTINGS: BillingSettings = { graceDays: 7, returnUrl: 'http://localhost:3000/billing' };

/** Builds the billing context once per process. */
export function createBillingContext(opts: { db: Database; now: () => Date; settings: BillingSettings }): BillingContext {
  const { stripe } = opts.settings;
  const provider = stripe
    ? createStripeBilling({
        secretKey: stripe.secretKey,
        webhookSecret: stripe.webhookSecret,
        ...(stripe.apiBase && {
          apiBase: { host: stripe.apiBase.hostname, port: Number(stripe.apiBase.port || 80), protocol: stripe.apiBase.protocol === 'https:' ? 'https' : 'http' },
        }),
      })
    : unconfiguredProvider();
  return { db: opts.db, now: opts.now, provider, graceDays: opts.settings.graceDays, returnUrl: opts.settings.returnUrl };
}

function unconfiguredProvider(): BillingProvider {
  const refuse = (): never => {
    throw new AppError('unavailable', 'Payments are not configured on this server (STRIPE_SECRET_KEY is unset).');
  };
  return {
    createCustomer: refuse,
    createCheckoutSession: refuse,
    listOpenCheckoutSessions: refuse,
    expireCheckoutSession: refuse,
    getSubscription: refuse,
    changeSubscriptionPrice: refuse,
    setCancelAtPeriodEnd: refuse,
    cancelSubscriptionNow: refuse,
    parseWebhook: refuse,
  };
}
