/**
 * The billing port: what the billing use cases need from a payment provider, in our terms.
 * Instants are Dates (UTC), amounts integer minor units with an upper-case ISO 4217 currency.
 * The Stripe implementation is createStripeBilling; tests run that same code against the local
 * Stripe test server in ./testing.
 */
export interface BillingProvider {
  /** Creates the provider's customer for one of our users. */
  createCustomer(input: { userId: string; email: string | null; name: string | null }, opts: CallOptions): Promise<{ customerId: string }>;
  /** A hosted checkout page for a recurring price; the subscription it makes carries `metadata`. */
  createCheckoutSession(input: CheckoutInput, opts: CallOptions): Promise<{ sessionId: string; url: string }>;
  /** The customer's checkout sessions still open (payable), with the metadata they were made with. */
  listOpenCheckoutSessions(customerId: string): Promise<OpenCheckoutSession[]>;
  /** Closes an open checkout session so it can no longer be paid; one already closed is left as it is. */
  expireCheckoutSession(sessionId: string): Promise<void>;
  /** The subscription as the provider holds it now; null when it does not exist. */
  getSubscription(subscriptionId: string): Promise<ProviderSubscription | null>;
  /** Moves the subscription to another price: prorated and invoiced at once, or from the next period. */
  changeSubscriptionPrice(
    subscriptionId: string,
    input: { priceId: string; prorate: boolean },
    opts: CallOptions,
  ): Promise<ProviderSubscription>;
  /** Cancels at the end of the paid period (true) or takes that back (false). */
  setCancelAtPeriodEnd(subscriptionId: string, cancel: boolean, opts: CallOptions): Promise<ProviderSubscription>;
  /**
   * Ends the subscription now (dunning gave up, or a second subscription of the same user), so the
   * provider stops charging the card. One already ended or unknown is left as it is.
   */
  cancelSubscriptionNow(subscriptionId: string): Promise<void>;
  /**
   * Verifies the signature over the exact raw body and returns the event in our terms.
   * @throws WebhookSignatureError when the signature is missing, wrong or too old
   * @throws WebhookPayloadError when a known event lacks a field we act on
   */
  parseWebhook(rawBody: Buffer | string, signature: string | undefined): BillingEvent;
}

/** Passed on to the provider so a retried call does the work once (Stripe's Idempotency-Key). */
export type CallOptions = { idempotencyKey?: string };

export type CheckoutInput = {
  customerId: string;
  priceId: string;
  /** Our user id: Stripe's client_reference_id, so the completed session names who paid. */
  clientReferenceId: string;
  metadata: Record<string, string>;
  successUrl: string;
  cancelUrl: string;
};

export type OpenCheckoutSession = { sessionId: string; url: string; metadata: Record<string, string> };

/** Stripe's subscription states, as Stripe names them. */
export type ProviderSubscriptionStatus =
  | 'active' | 'trialing' | 'past_due' | 'unpaid' | 'canceled' | 'incomplete' | 'incomplete_expired' | 'paused';

export type ProviderSubscription = {
  id: string;
  customerId: string;
  status: ProviderSubscriptionStatus;
  priceId: string | null;
  currentPeriodStart: Date | null;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  metadata: Record<string, string>;
};

export type ProviderInvoice = {
  id: string;
  subscriptionId: string | null;
  customerId: string | null;
  /** Minor units: paid when paid, else due. */
  amountMinor: number;
  currency: string;
  status: 'draft' | 'open' | 'paid' | 'uncollectible' | 'void';
  hostedInvoiceUrl: string | null;
  billingReason: string | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  paidAt: Date | null;
};

/** The events the billing use cases act on; anything else arrives as `other` and is ignored. */
export type BillingEventType =
  | 'checkout.session.completed'
  | 'customer.subscription.created'
  | 'customer.subscription.updated'
  | 'customer.subscription.deleted'
  | 'invoice.paid'
  | 'invoice.payment_failed'
  | 'other';

export type BillingEvent = {
  id: string;
  /** The provider's own type, kept for the processed-events log. */
  providerType: string;
  type: BillingEventType;
  created: Date;
  /** The subscription the event is about, when it is about one. */
  subscriptionId: string | null;
  /** The invoice carried by invoice.* events. */
  invoice: ProviderInvoice | null;
  /** client_reference_id of a completed checkout session (our user id). */
  clientReferenceId: string | null;
};

/** A webhook whose signature did not verify: answer 400 and do nothing. */
export class WebhookSignatureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookSignatureError';
  }
}

/** A verified webhook whose event lacks what we act on (no object, no id, no currency…): answer 400. */
export class WebhookPayloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookPayloadError';
  }
}
