import { relations } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps, timestamptz } from './columns';
import { audience, subscriptionStatus } from './enums';
import { payments } from './payments';
import { plans } from './plans';
import { users } from './users';

/** A user's plan on one side of the marketplace, mirrored from Stripe by webhooks. */
export const subscriptions = pgTable(
  'subscriptions',
  {
    ...id,
    // Restrict: billing history outlives a user's deactivation (users are deactivated, not deleted).
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    audience: audience('audience').notNull(),
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'restrict' }),
    status: subscriptionStatus('status').notNull(),
    stripeCustomerId: text('stripe_customer_id'),
    /** Unique so a replayed webhook finds the row it already created. Null for free plans. */
    stripeSubscriptionId: text('stripe_subscription_id').unique('subscriptions_stripe_subscription_id_unique'),
    currentPeriodStart: timestamptz('current_period_start'),
    currentPeriodEnd: timestamptz('current_period_end'),
    cancelAtPeriodEnd: boolean('cancel_at_period_end').notNull().default(false),
    /** A downgrade waiting for the period end: the paid-for plan stays until then. */
    pendingPlanId: text('pending_plan_id').references(() => plans.id, { onDelete: 'restrict' }),
    /** When the subscription first went past due; the plan is kept BILLING_GRACE_DAYS from here. */
    pastDueSince: timestamptz('past_due_since'),
    ...timestamps,
  },
  (t) => [
    index('subscriptions_user_id_audience_idx').on(t.userId, t.audience),
    // At most one live subscription per user and side: the one limits are read from.
    uniqueIndex('subscriptions_one_live_per_user')
      .on(t.userId, t.audience)
      .where(sql`${t.status} in ('trialing', 'active', 'past_due')`),
  ],
);

export const subscriptionsRelations = relations(subscriptions, ({ one, many }) => ({
  user: one(users, { fields: [subscriptions.userId], references: [users.id] }),
  plan: one(plans, { fields: [subscriptions.planId], references: [plans.id] }),
  payments: many(payments),
}));
