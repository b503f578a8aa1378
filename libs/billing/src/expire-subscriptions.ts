import { eq, inArray, subscriptions, withTransaction } from '@salon/db';
import { lockBillingUser } from './_internal/lock-billing-user';
import { type Audience, type BillingContext } from './context';
import { freePlanId, planIdAt } from './effective-plan';

export type ExpiredSubscription = {
  userId: string;
  audience: Audience;
  /** The plan they lost. */
  planId: string;
  reason: 'period_ended' | 'payment_failed';
};

/**
 * The expiry and dunning job: every live subscription whose own dates say it is over (cancelled
 * and past its period end, not renewed within BILLING_GRACE_DAYS of it, or past due for longer
 * than the grace days) becomes `expired`, so its user is on Free. Plan checks already treat such a
 * row as Free; this makes it final and says whom to tell (the caller sends the emails). A
 * dunning expiry also cancels the Stripe subscription, so the card is not charged later.
 * Idempotent: a second run finds nothing. Run it from the worker on a schedule.
 * @param input.now the instant to judge by (UTC)
 */
export async function expireSubscriptions({ ctx, input }: { ctx: BillingContext; input: { now: Date } }): Promise<ExpiredSubscription[]> {
  const live = await ctx.db.select().from(subscriptions).where(inArray(subscriptions.status, ['trialing', 'active', 'past_due']));
  const expired: ExpiredSubscription[] = [];
  for (const row of live) {
    if (planIdAt(row, row.audience, input.now, ctx.graceDays) !== freePlanId(row.audience) || row.planId === freePlanId(row.audience)) continue;
    const reason = row.status === 'past_due' ? 'payment_failed' : 'period_ended';
    const changed = await withTransaction(ctx, async (tx) => {
      await lockBillingUser(tx, row.userId);
      const [again] = await tx.select().from(subscriptions).where(eq(subscriptions.id, row.id));
      if (!again || again.status !== row.status || again.updatedAt.getTime() !== row.updatedAt.getTime()) return false; // a webhook moved it
      await tx.update(subscriptions).set({ status: 'expired' }).where(eq(subscriptions.id, row.id));
      return true;
    });
    if (!changed) continue;
    if (reason === 'payment_failed' && row.stripeSubscriptionId) await ctx.provider.cancelSubscriptionNow(row.stripeSubscriptionId);
    expired.push({ userId: row.userId, audience: row.audience, planId: row.planId, reason });
  }
  return expired;
}
