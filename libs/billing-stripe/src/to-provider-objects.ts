import type Stripe from 'stripe';
import { type BillingEvent, type BillingEventType, type ProviderInvoice, type ProviderSubscription } from './billing-provider';

const KNOWN_TYPES: readonly BillingEventType[] = [
  'checkout.session.completed',
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'invoice.paid',
  'invoice.payment_failed',
];

const INVOICE_STATUSES = ['draft', 'open', 'paid', 'uncollectible', 'void'] as const;

const fromSeconds = (seconds: number | null | undefined) => (typeof seconds === 'number' ? new Date(seconds * 1000) : null);
const idOf = (value: string | { id: string } | null | undefined) => (typeof value === 'string' ? value : (value?.id ?? null));

/** A Stripe subscription in our terms. Since API 2025-03-31 the period lives on the item. */
export function toProviderSubscription(subscription: Stripe.Subscription): ProviderSubscription {
  const item = subscription.items.data[0];
  return {
    id: subscription.id,
    customerId: idOf(subscription.customer) ?? '',
    status: subscription.status as ProviderSubscription['status'],
    priceId: item?.price.id ?? null,
    currentPeriodStart: fromSeconds(item?.current_period_start),
    currentPeriodEnd: fromSeconds(item?.current_period_end),
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    metadata: { ...subscription.metadata },
  };
}

/** A Stripe invoice in our terms; its subscription sits under `parent` since API 2025-03-31. */
export function toProviderInvoice(invoice: Stripe.Invoice): ProviderInvoice {
  const status = INVOICE_STATUSES.find((known) => known === invoice.status) ?? 'open';
  return {
    id: invoice.id ?? '',
    subscriptionId: idOf(invoice.parent?.subscription_details?.subscription),
    customerId: idOf(invoice.customer),
    amountMinor: status === 'paid' ? invoice.amount_paid : invoice.amount_due,
    currency: invoice.currency.toUpperCase(),
    status,
    hostedInvoiceUrl: invoice.hosted_invoice_url ?? null,
    billingReason: invoice.billing_reason ?? null,
    periodStart: fromSeconds(invoice.period_start),
    periodEnd: fromSeconds(invoice.period_end),
    paidAt: fromSeconds(invoice.status_transitions?.paid_at),
  };
}

/** The verified event, reduced to what the use cases act on. */
export function toBillingEvent(event: Stripe.Event): BillingEvent {
  const type = (KNOWN_TYPES as readonly string[]).includes(event.type) ? (event.type as BillingEventType) : 'other';
  const base = { id: event.id, providerType: event.type, type, created: new Date(event.created * 1000) };
  switch (type) {
    case 'checkout.session.completed': {
      const session = event.data.object as Stripe.Checkout.Session;
      return { ...base, subscriptionId: idOf(session.subscription), invoice: null, clientReferenceId: session.client_reference_id ?? null };
    }
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted':
      return { ...base, subscriptionId: (event.data.object as Stripe.Subscription).id, invoice: null, clientReferenceId: null };
    case 'invoice.paid':
    case 'invoice.payment_failed': {
      const invoice = toProviderInvoice(event.data.object as Stripe.Invoice);
      return { ...base, subscriptionId: invoice.subscriptionId, invoice, clientReferenceId: null };
    }
    case 'other':
      return { ...base, subscriptionId: null, invoice: null, clientReferenceId: null };
  }
}
