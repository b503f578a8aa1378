import { startStripeTestServer, type StripeTestServer } from '@salon/billing-stripe/testing';
import { TEST_PRICES } from '@salon/billing/testing';

/**
 * `npm start` without STRIPE_SECRET_KEY: runs the local Stripe stand-in as a dev checkout and
 * points both APIs' real Stripe SDK at it. A checkout URL then opens a page whose Pay button
 * completes the session and sends its signed events to the API's webhook endpoint, so a whole
 * upgrade works with no Stripe account. Refused when NODE_ENV=production, and never used when a
 * real key is set.
 */
export async function startDevCheckout(env: NodeJS.ProcessEnv): Promise<{ env: NodeJS.ProcessEnv; server?: StripeTestServer }> {
  if (env.STRIPE_SECRET_KEY || env.NODE_ENV === 'production') return { env };
  const webhookSecret = 'whsec_dev_checkout_only';
  const portOf = (name: string, fallback: number) => Number(env[name] || fallback);
  const server = await startStripeTestServer({
    prices: TEST_PRICES,
    webhookSecret,
    webhookUrlFor: (metadata) => {
      const port = metadata['audience'] === 'customer' ? portOf('CUSTOMER_API_PORT', 3002) : portOf('OWNER_API_PORT', 3001);
      return `http://127.0.0.1:${port}/api/v1/subscriptions/webhooks`;
    },
  });
  // Pay goes back to BILLING_RETURN_URL?checkout=success as Stripe Checkout does; without a web app
  // listening there, ${server.url}/checkout/done is a page that says the payment went through.
  process.stderr.write(`STRIPE_SECRET_KEY is not set: paid plans use the DEV-ONLY checkout at ${server.url} (nothing is charged; after Pay: BILLING_RETURN_URL, or ${server.url}/checkout/done).\n`);
  return {
    server,
    env: {
      ...env,
      STRIPE_SECRET_KEY: 'sk_test_dev_checkout_only',
      STRIPE_WEBHOOK_SECRET: webhookSecret,
      STRIPE_API_BASE: server.url,
      STRIPE_PRICE_OWNER_BASIC: 'price_owner_basic',
      STRIPE_PRICE_OWNER_PREMIUM: 'price_owner_premium',
      STRIPE_PRICE_CUSTOMER_BASIC: 'price_customer_basic',
      STRIPE_PRICE_CUSTOMER_PREMIUM: 'price_customer_premium',
    },
  };
}
