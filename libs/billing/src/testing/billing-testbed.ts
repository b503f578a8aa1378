import { startStripeTestServer, type StripeJson, type StripeTestServer } from '@salon/billing-stripe/testing';
import { type Database } from '@salon/db';
import { type BillingSettings } from '../create-billing-context';
import { syncPlanPrices } from '../sync-plan-prices';

/** Test prices, one per paid plan of the catalogue (minor units, as migration 0009 has them). */
export const TEST_PRICES = {
  price_owner_basic: { unitAmount: 1900, currency: 'gbp' },
  price_owner_premium: { unitAmount: 4900, currency: 'gbp' },
  price_customer_basic: { unitAmount: 499, currency: 'gbp' },
  price_customer_premium: { unitAmount: 999, currency: 'gbp' },
};

export type BillingTestbed = {
  stripe: StripeTestServer;
  /** Pass to createOwnerApp / createCustomerApp: the real SDK, sent to the test server. */
  settings: BillingSettings;
  webhookSecret: string;
  /** Writes the test price ids into a test database's plan catalogue. */
  usePrices(db: Database): Promise<void>;
  /** A Stripe event as Stripe sends it: the JSON payload and a valid Stripe-Signature. */
  signed(event: StripeJson): { payload: string; signature: string };
  close(): Promise<void>;
};

/** The local Stripe test server plus the billing settings that point the real SDK at it. */
export async function createBillingTestbed(opts: { now?: () => Date; graceDays?: number } = {}): Promise<BillingTestbed> {
  const webhookSecret = 'whsec_test_secret';
  const stripe = await startStripeTestServer({ prices: TEST_PRICES, webhookSecret, now: opts.now });
  return {
    stripe,
    webhookSecret,
    settings: {
      stripe: { secretKey: 'sk_test_local', webhookSecret, apiBase: new URL(stripe.url) },
      graceDays: opts.graceDays ?? 7,
      returnUrl: 'http://localhost:3000/billing',
    },
    usePrices: (db) =>
      syncPlanPrices({
        ctx: { db },
        input: {
          priceIds: {
            owner_basic: 'price_owner_basic',
            owner_premium: 'price_owner_premium',
            customer_basic: 'price_customer_basic',
            customer_premium: 'price_customer_premium',
          },
        },
      }),
    signed: stripe.sign,
    close: stripe.close,
  };
}
