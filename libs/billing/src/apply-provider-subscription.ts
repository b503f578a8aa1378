import { type BillingProvider, type ProviderSubscription } from '@salon/billing-stripe';
import {
  and, eq, inArray, isNull, ne, plans, subscriptions, users, type Subscription, type SubscriptionStatus, type Transaction,
} from '@salon/db';
import { lockBillingUser } from './_internal/lock-billing-user';
import { type Audience } from './context';
import { freePlanId, planIdAt } from './effective-plan';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LIVE: SubscriptionStatus[] = ['trialing', 'active', 'past_due'];

/** Stripe's states collapsed to ours; only active, trialing and past_due grant a plan. */
function statusOf(status: ProviderSubscription['status']): SubscriptionStatus {
  switch (status) {
    case 'active':
    case 'trialing':
      return status;
    case 'past_due':
    case 'unpaid':
      return 'past_due';
    case 'canceled':
      return 'cancelled';
    case 'incomplete':
    case 'incomplete_expired':
    case 'paused':
      return 'expired';
  }
}

/**
 * Makes our row mirror the provider's subscription as it is now (the state, not an event's
 * delta), under the user's billing lock. Applying it twice, or an older snapshot after a newer
 * one was fetched, cannot go backwards, because callers always pass a fresh fetch. A pending
 * downgrade keeps the paid-for plan until the provider's period moves on. The user comes from the
 * metadata our checkout put on the subscription; one we cannot place is ignored (null).
 *
 * One live paid subscription per user and side: a second one that turns up live while the first
 * still grants its plan (two checkouts paid) is cancelled at Stripe at once and kept `cancelled`;
 * a row we retired (`cancelled`) is never revived by a later event of its subscription, which is
 * cancelled at Stripe again instead. The Stripe calls run inside the caller's transaction: if one
 * fails, nothing is recorded and Stripe's redelivery tries again.
 */
export async function applyProviderSubscription(
  tx: Transaction,
  input: { subscription: ProviderSubscription; now: Date; provider: BillingProvider; graceDays: number },
): Promise<Subscription | null> {
  const sub = input.subscription;
  const [existing] = await tx.select().from(subscriptions).where(eq(subscriptions.stripeSubscriptionId, sub.id)).limit(1);
  const userId = existing?.userId ?? sub.metadata['userId'];
  const audience = (existing?.audience ?? sub.metadata['audience']) as Audience | undefined;
  if (!userId || !UUID.test(userId) || (audience !== 'owner' && audience !== 'customer')) return null;
  const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
  if (!user) return null;
  await lockBillingUser(tx, userId);
  const [locked] = await tx.select().from(subscriptions).where(eq(subscriptions.stripeSubscriptionId, sub.id)).limit(1);
  const [pricePlan] = sub.priceId
    ? await tx.select({ id: plans.id }).from(plans).where(and(eq(plans.stripePriceId, sub.priceId), eq(plans.audience, audience)))
    : [];
  const providerPlanId = pricePlan?.id ?? locked?.planId;
  if (!providerPlanId) return null;
  const status = statusOf(sub.status);
  const samePeriod = locked?.currentPeriodStart && sub.currentPeriodStart && sub.currentPeriodStart <= locked.currentPeriodStart;
  const keepPaidFor = locked?.pendingPlanId === providerPlanId && samePeriod;
  const values = {
    status,
    planId: keepPaidFor ? locked!.planId : providerPlanId,
    pendingPlanId: keepPaidFor ? locked!.pendingPlanId : null,
    stripeCustomerId: sub.customerId,
    currentPeriodStart: sub.currentPeriodStart,
    currentPeriodEnd: sub.currentPeriodEnd,
    cancelAtPeriodEnd: sub.cancelAtPeriodEnd,
    // The renewal that failed was due at the period start: a date of the object itself, so the
    // grace period ends at the same instant whichever event told us first.
    pastDueSince: status === 'past_due' ? (sub.currentPeriodStart ?? locked?.pastDueSince ?? input.now) : null,
  };
  if (locked?.status === 'cancelled' && LIVE.includes(status)) {
    await input.provider.cancelSubscriptionNow(sub.id); // an orphan of ours still running at Stripe
    return locked;
  }
  if (LIVE.includes(status) && !LIVE.includes(locked?.status ?? 'expired')) {
    const others = await tx.select().from(subscriptions).where(and(
      eq(subscriptions.userId, userId), eq(subscriptions.audience, audience), inArray(subscriptions.status, LIVE),
      ...(locked ? [ne(subscriptions.id, locked.id)] : []),
    ));
    const paying = others.find((o) => o.stripeSubscriptionId && planIdAt(o, audience, input.now, input.graceDays) !== freePlanId(audience));
    if (paying) {
      // The user already pays for a plan on this side: this one is the extra (a second checkout paid).
      await input.provider.cancelSubscriptionNow(sub.id);
      values.status = 'cancelled';
      values.pastDueSince = null;
    } else {
      // What it replaces grants nothing any more (Free, ended, dunned): retire it, and stop it at Stripe.
      for (const other of others) if (other.stripeSubscriptionId) await input.provider.cancelSubscriptionNow(other.stripeSubscriptionId);
      await retireOtherLiveRows(tx, { userId, audience, keepId: locked?.id });
    }
  }
  await tx.update(users).set({ stripeCustomerId: sub.customerId }).where(and(eq(users.id, userId), isNull(users.stripeCustomerId)));
  if (locked) {
    const [row] = await tx.update(subscriptions).set(values).where(eq(subscriptions.id, locked.id)).returning();
    return row ?? null;
  }
  const [row] = await tx.insert(subscriptions).values({ ...values, userId, audience, stripeSubscriptionId: sub.id }).returning();
  return row ?? null;
}

/** A user holds one live subscription per side: the newest one retires the rest (e.g. their Free row). */
export async function retireOtherLiveRows(tx: Transaction, input: { userId: string; audience: Audience; keepId?: string }) {
  await tx
    .update(subscriptions)
    .set({ status: 'cancelled' })
    .where(
      and(
        eq(subscriptions.userId, input.userId),
        eq(subscriptions.audience, input.audience),
        inArray(subscriptions.status, LIVE),
        ...(input.keepId ? [ne(subscriptions.id, input.keepId)] : []),
      ),
    );
}
