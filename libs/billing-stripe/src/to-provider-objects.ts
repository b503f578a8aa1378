import type Stripe from 'stripe';
import { z } from 'zod';
import {
  type BillingEvent, type BillingEventType, type ProviderInvoice, type ProviderSubscription, WebhookPayloadError,
} from './billing-provider';

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

// A signed event is still only as complete as its sender made it: the fields we act on are parsed,
// so a malformed one is a 400, never a TypeError. Unknown fields pass through (Stripe adds them).
const Id = z.string().min(1).max(255);
const Expandable = z.union([Id, z.object({ id: Id }).passthrough()]);
const Seconds = z.number().int().nonnegative();
const EventSchema = z.object({ id: Id, type: z.string().min(1).max(255), created: Seconds, data: z.object({ object: z.record(z.unknown()) }) });
const SessionSchema = z.object({ id: Id, subscription: Expandable.nullish(), client_reference_id: z.string().max(255).nullish() });
const SubscriptionRefSchema = z.object({ id: Id });
const InvoiceSchema = z.object({
  id: Id,
  customer: Expandable.nullish(),
  status: z.string().nullish(),
  currency: z.string().regex(/^[a-zA-Z]{3}$/),
  amount_paid: z.number().int().nonnegative(),
  amount_due: z.number().int().nonnegative(),
  hosted_invoice_url: z.string().max(2048).nullish(),
  billing_reason: z.string().max(64).nullish(),
  period_start: Seconds.nullish(),
  period_end: Seconds.nullish(),
  status_transitions: z.object({ paid_at: Seconds.nullish() }).passthrough().nullish(),
  parent: z.object({ subscription_details: z.object({ subscription: Expandable.nullish() }).passthrough().nullish() }).passthrough().nullish(),
});

function parse<T extends z.ZodTypeAny>(schema: T, value: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new WebhookPayloadError(`The ${what} is incomplete: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}.`);
}

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

/**
 * A Stripe invoice in our terms; its subscription sits under `parent` since API 2025-03-31.
 * @throws WebhookPayloadError when a field we record is missing or of the wrong type
 */
export function toProviderInvoice(raw: unknown): ProviderInvoice {
  const invoice = parse(InvoiceSchema, raw, 'invoice');
  const status = INVOICE_STATUSES.find((known) => known === invoice.status) ?? 'open';
  return {
    id: invoice.id,
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

/**
 * The verified event, reduced to what the use cases act on. Unknown types are not parsed further.
 * @throws WebhookPayloadError when a known event lacks what we act on (no id, no object, no currency…)
 */
export function toBillingEvent(raw: Stripe.Event): BillingEvent {
  const event = parse(EventSchema.passthrough(), raw, 'event');
  const type = (KNOWN_TYPES as readonly string[]).includes(event.type) ? (event.type as BillingEventType) : 'other';
  const base = { id: event.id, providerType: event.type, type, created: new Date(event.created * 1000) };
  const object = event.data.object;
  switch (type) {
    case 'checkout.session.completed': {
      const session = parse(SessionSchema, object, 'checkout session');
      return { ...base, subscriptionId: idOf(session.subscription), invoice: null, clientReferenceId: session.client_reference_id ?? null };
    }
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted':
      return { ...base, subscriptionId: parse(SubscriptionRefSchema, object, 'subscription').id, invoice: null, clientReferenceId: null };
    case 'invoice.paid':
    case 'invoice.payment_failed': {
      const invoice = toProviderInvoice(object);
      return { ...base, subscriptionId: invoice.subscriptionId, invoice, clientReferenceId: null };
    }
    case 'other':
      return { ...base, subscriptionId: null, invoice: null, clientReferenceId: null };
  }
}
