import { relations, sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { currencyCode, currencyIsIso, id, timestamptz } from './columns';
import { subscriptions } from './subscriptions';
import { users } from './users';

/** Stripe's invoice states, kept as Stripe names them. */
export type PaymentStatus = 'draft' | 'open' | 'paid' | 'uncollectible' | 'void';

/** One invoice of a subscription (GET /subscriptions/invoices), written by Stripe webhooks. */
export const payments = pgTable(
  'payments',
  {
    ...id,
    subscriptionId: uuid('subscription_id')
      .notNull()
      .references(() => subscriptions.id, { onDelete: 'restrict' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    amountMinor: integer('amount_minor').notNull(),
    currency: currencyCode().notNull(),
    status: text('status').$type<PaymentStatus>().notNull(),
    /** Unique so a replayed `invoice.*` webhook updates instead of duplicating. */
    stripeInvoiceId: text('stripe_invoice_id').unique('payments_stripe_invoice_id_unique'),
    stripePaymentIntentId: text('stripe_payment_intent_id'),
    hostedInvoiceUrl: text('hosted_invoice_url'),
    /** Stripe's reason: subscription_create, subscription_cycle, subscription_update (a proration). */
    billingReason: text('billing_reason'),
    periodStart: timestamptz('period_start'),
    periodEnd: timestamptz('period_end'),
    paidAt: timestamptz('paid_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('payments_subscription_id_idx').on(t.subscriptionId),
    index('payments_user_id_created_at_idx').on(t.userId, t.createdAt),
    check('payments_amount_non_negative', sql`${t.amountMinor} >= 0`),
    currencyIsIso('payments', t.currency),
    check('payments_status_known', sql`${t.status} in ('draft', 'open', 'paid', 'uncollectible', 'void')`),
  ],
);

export const paymentsRelations = relations(payments, ({ one }) => ({
  subscription: one(subscriptions, { fields: [payments.subscriptionId], references: [subscriptions.id] }),
  user: one(users, { fields: [payments.userId], references: [users.id] }),
}));
