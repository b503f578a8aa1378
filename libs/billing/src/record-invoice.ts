import { type ProviderInvoice } from '@salon/billing-stripe';
import { eq, payments, subscriptions, type PaymentStatus, type Transaction } from '@salon/db';

// Stripe's invoice life cycle only moves forward: a final state is never replaced by an earlier one.
const RANK: Record<PaymentStatus, number> = { draft: 0, open: 1, uncollectible: 2, paid: 3, void: 3 };

/**
 * Upserts the payments row of an invoice (by its Stripe id). Out-of-order safe: an `open` seen
 * after `paid` leaves it paid. An invoice of a subscription we do not hold is ignored.
 */
export async function recordInvoice(tx: Transaction, invoice: ProviderInvoice): Promise<void> {
  if (!invoice.subscriptionId || !/^[A-Z]{3}$/.test(invoice.currency) || invoice.amountMinor < 0) return;
  const [sub] = await tx.select().from(subscriptions).where(eq(subscriptions.stripeSubscriptionId, invoice.subscriptionId)).limit(1);
  if (!sub) return;
  const values = {
    amountMinor: invoice.amountMinor,
    currency: invoice.currency,
    status: invoice.status,
    hostedInvoiceUrl: invoice.hostedInvoiceUrl,
    billingReason: invoice.billingReason,
    periodStart: invoice.periodStart,
    periodEnd: invoice.periodEnd,
    paidAt: invoice.paidAt,
  };
  const [existing] = await tx.select().from(payments).where(eq(payments.stripeInvoiceId, invoice.id)).limit(1);
  if (!existing) {
    await tx.insert(payments).values({ ...values, subscriptionId: sub.id, userId: sub.userId, stripeInvoiceId: invoice.id });
  } else if (RANK[invoice.status] > RANK[existing.status]) {
    await tx.update(payments).set(values).where(eq(payments.id, existing.id));
  }
}
