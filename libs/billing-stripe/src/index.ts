export {
  WebhookSignatureError,
  WebhookPayloadError,
  type OpenCheckoutSession,
  type BillingProvider,
  type BillingEvent,
  type BillingEventType,
  type CallOptions,
  type CheckoutInput,
  type ProviderInvoice,
  type ProviderSubscription,
  type ProviderSubscriptionStatus,
} from './billing-provider';
export { createStripeBilling, type StripeBillingOptions } from './create-stripe-billing';
