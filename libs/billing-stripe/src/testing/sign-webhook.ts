import Stripe from 'stripe';

// Only its webhooks helper is used: signing needs no key and makes no request.
const stripe = new Stripe('sk_test_signing_only', { telemetry: false });

/** The Stripe-Signature header for `payload`, made by the SDK's own test helper. */
export function signWebhookPayload(payload: string, secret: string): string {
  return stripe.webhooks.generateTestHeaderString({ payload, secret });
}
