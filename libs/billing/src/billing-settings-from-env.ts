import { type BillingSettings } from './create-billing-context';

/** The billing part of an API's parsed config (billingEnvShape in @salon/config). */
export type BillingEnv = {
  STRIPE_SECRET_KEY?: string;
  STRIPE_WEBHOOK_SECRET?: string;
  STRIPE_API_BASE?: string;
  STRIPE_PRICE_OWNER_BASIC?: string;
  STRIPE_PRICE_OWNER_PREMIUM?: string;
  STRIPE_PRICE_CUSTOMER_BASIC?: string;
  STRIPE_PRICE_CUSTOMER_PREMIUM?: string;
  BILLING_GRACE_DAYS: number;
  BILLING_RETURN_URL: string;
};

/** Billing settings from config: Stripe only when a secret key (and, by config rule, a webhook secret) is set. */
export function billingSettingsFromEnv(env: BillingEnv): BillingSettings {
  const stripe = env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET
    ? { secretKey: env.STRIPE_SECRET_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET, ...(env.STRIPE_API_BASE && { apiBase: new URL(env.STRIPE_API_BASE) }) }
    : undefined;
  return { ...(stripe && { stripe }), graceDays: env.BILLING_GRACE_DAYS, returnUrl: env.BILLING_RETURN_URL };
}

/** Plan id → Stripe price id from config, for syncPlanPrices at start. */
export const planPriceIdsFromEnv = (env: BillingEnv): Record<string, string | undefined> => ({
  owner_basic: env.STRIPE_PRICE_OWNER_BASIC,
  owner_premium: env.STRIPE_PRICE_OWNER_PREMIUM,
  customer_basic: env.STRIPE_PRICE_CUSTOMER_BASIC,
  customer_premium: env.STRIPE_PRICE_CUSTOMER_PREMIUM,
});
