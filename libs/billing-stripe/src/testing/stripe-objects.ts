// Stripe-shaped JSON the test server answers with: only the fields our adapter and the SDK read,
// in API version 2026-10-28 shapes (period on the subscription item, subscription under invoice.parent).

export type Json = Record<string, unknown>;
export type TestPrice = { unitAmount: number; currency: string };

export type TestSubscription = {
  id: string;
  customer: string;
  status: 'active' | 'past_due' | 'canceled' | 'unpaid';
  itemId: string;
  price: string;
  periodStart: number;
  periodEnd: number;
  cancelAtPeriodEnd: boolean;
  metadata: Record<string, string>;
  created: number;
};

export type TestInvoice = {
  id: string;
  customer: string;
  subscription: string;
  amount: number;
  currency: string;
  status: 'open' | 'paid';
  billingReason: 'subscription_create' | 'subscription_cycle' | 'subscription_update';
  periodStart: number;
  periodEnd: number;
  created: number;
};

const MONTH_SECONDS = 30 * 24 * 60 * 60;

/** One calendar month later, in seconds (Stripe bills monthly plans on the same day of month). */
export function addMonth(seconds: number): number {
  const date = new Date(seconds * 1000);
  const next = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()));
  return Number.isNaN(next.getTime()) ? seconds + MONTH_SECONDS : Math.floor(next.getTime() / 1000);
}

export function subscriptionJson(sub: TestSubscription, prices: Record<string, TestPrice>): Json {
  const price = prices[sub.price];
  return {
    id: sub.id,
    object: 'subscription',
    customer: sub.customer,
    status: sub.status,
    cancel_at_period_end: sub.cancelAtPeriodEnd,
    created: sub.created,
    currency: price?.currency ?? 'gbp',
    metadata: sub.metadata,
    livemode: false,
    items: {
      object: 'list',
      has_more: false,
      url: `/v1/subscription_items?subscription=${sub.id}`,
      data: [
        {
          id: sub.itemId,
          object: 'subscription_item',
          subscription: sub.id,
          quantity: 1,
          current_period_start: sub.periodStart,
          current_period_end: sub.periodEnd,
          price: { id: sub.price, object: 'price', unit_amount: price?.unitAmount ?? 0, currency: price?.currency ?? 'gbp', recurring: { interval: 'month' } },
        },
      ],
    },
  };
}

export function invoiceJson(invoice: TestInvoice, baseUrl: string, subscriptionMetadata: Record<string, string> = {}): Json {
  const paid = invoice.status === 'paid';
  return {
    id: invoice.id,
    object: 'invoice',
    customer: invoice.customer,
    status: invoice.status,
    currency: invoice.currency,
    amount_due: invoice.amount,
    amount_paid: paid ? invoice.amount : 0,
    billing_reason: invoice.billingReason,
    hosted_invoice_url: `${baseUrl}/invoices/${invoice.id}`,
    period_start: invoice.periodStart,
    period_end: invoice.periodEnd,
    created: invoice.created,
    livemode: false,
    status_transitions: { paid_at: paid ? invoice.created : null, finalized_at: invoice.created },
    parent: { type: 'subscription_details', subscription_details: { subscription: invoice.subscription, metadata: subscriptionMetadata }, quote_details: null },
  };
}

/** Stripe's error body: `{ error: { type, code?, message, param? } }`. */
export function stripeError(type: string, message: string, extra: { code?: string; param?: string } = {}): Json {
  return { error: { type, message, ...extra } };
}
