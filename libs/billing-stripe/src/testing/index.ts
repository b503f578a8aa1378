export { startStripeTestServer, type StripeTestServer, type StripeTestServerOptions } from './stripe-test-server';
export { TestStripeAccount } from './test-stripe-account';
export { signWebhookPayload } from './sign-webhook';
export { type Json as StripeJson, type TestPrice } from './stripe-objects';
