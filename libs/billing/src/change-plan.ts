import { type MySubscription } from '@salon/contracts-common';
import { and, eq, plans, subscriptions, type Subscription, type Transaction } from '@salon/db';
import { ConflictError, NotFoundError } from '@salon/errors';
import { withBillingLock } from './_internal/lock-billing-user';
import { applyProviderSubscription } from './apply-provider-subscription';
import { type Audience, type BillingContext } from './context';
import { findLiveSubscription, planIdAt } from './effective-plan';
import { getMySubscription, planById } from './subscription-view';

type Input = { userId: string; audience: Audience; idempotencyKey?: string };

/**
 * PUT /subscriptions/upgrade {planId}: a dearer plan applies now and Stripe invoices the prorated
 * difference; a cheaper one applies from the next period (the paid-for plan stays until then).
 * A change also resumes a subscription cancelled at the period end (it renews again).
 * Runs under the user's billing lock: of concurrent identical upgrades one changes Stripe, the
 * others find the plan held and get 409. A webhook waits for the lock, so it sees the pending
 * downgrade written before Stripe was called.
 * @throws NotFoundError (plan), ConflictError (no paid plan; same plan; Free: use cancel)
 */
export async function changePlan({ ctx, input }: { ctx: BillingContext; input: Input & { planId: string } }): Promise<MySubscription> {
  return withBillingLock(ctx, input.userId, async (locked) => {
    const [target] = await locked.db.select().from(plans).where(and(eq(plans.id, input.planId), eq(plans.audience, input.audience), eq(plans.isActive, true)));
    if (!target) throw new NotFoundError('Plan');
    const row = await paidSubscriptionOf(locked, input);
    if (row.planId === target.id && !row.pendingPlanId) {
      throw new ConflictError(`You are already on the ${target.name} plan.${row.cancelAtPeriodEnd ? ' To keep it after the period end, resume it with POST /subscriptions.' : ''}`);
    }
    if (row.pendingPlanId === target.id) throw new ConflictError(`You already move to the ${target.name} plan at the end of the period.`);
    if (target.priceMinor === 0) throw new ConflictError('To return to Free, cancel (POST /subscriptions/cancel): Free starts at the end of the period.');
    if (!target.stripePriceId) throw new ConflictError(`The ${target.name} plan cannot be bought right now.`);
    const current = await planById(locked, row.planId);
    const isUpgrade = target.priceMinor > current.priceMinor;
    const pendingPlanId = isUpgrade || target.id === row.planId ? null : target.id;
    await locked.db.update(subscriptions).set({ pendingPlanId }).where(eq(subscriptions.id, row.id));
    // If Stripe refuses, the transaction rolls back: the pending downgrade goes with it.
    const updated = await locked.provider.changeSubscriptionPrice(
      row.stripeSubscriptionId!,
      { priceId: target.stripePriceId, prorate: isUpgrade },
      { idempotencyKey: input.idempotencyKey && `change:${input.userId}:${input.idempotencyKey}` },
    );
    await applyProviderSubscription(locked.db, { subscription: updated, now: locked.now(), provider: locked.provider, graceDays: locked.graceDays });
    return getMySubscription({ ctx: locked, input });
  });
}

/**
 * POST /subscriptions/cancel: Stripe stops renewing; the plan stays until the period ends, then
 * Free. Nothing is deleted. Under the user's billing lock: of concurrent cancels the first is 200,
 * the rest find it cancelling and get 409, as a repeated cancel does (same Idempotency-Key: the
 * first answer again).
 * @throws ConflictError (no paid plan, or already cancelling)
 */
export async function cancelSubscription({ ctx, input }: { ctx: BillingContext; input: Input }): Promise<MySubscription> {
  return withBillingLock(ctx, input.userId, async (locked) => {
    const row = await paidSubscriptionOf(locked, input);
    if (row.cancelAtPeriodEnd) throw new ConflictError('Your subscription is already cancelled at the end of the period.');
    const updated = await locked.provider.setCancelAtPeriodEnd(row.stripeSubscriptionId!, true, {
      idempotencyKey: input.idempotencyKey && `cancel:${input.userId}:${input.idempotencyKey}`,
    });
    await applyProviderSubscription(locked.db, { subscription: updated, now: locked.now(), provider: locked.provider, graceDays: locked.graceDays });
    return getMySubscription({ ctx: locked, input });
  });
}

/**
 * Resumes a subscription cancelled at the period end (POST /subscriptions with the plan held):
 * Stripe renews it again. Call under the billing lock with the row it found.
 */
export async function resumeSubscription(ctx: BillingContext & { db: Transaction }, row: Subscription, input: Input): Promise<MySubscription> {
  const updated = await ctx.provider.setCancelAtPeriodEnd(row.stripeSubscriptionId!, false, {
    idempotencyKey: input.idempotencyKey && `resume:${input.userId}:${input.idempotencyKey}`,
  });
  await applyProviderSubscription(ctx.db, { subscription: updated, now: ctx.now(), provider: ctx.provider, graceDays: ctx.graceDays });
  return getMySubscription({ ctx, input });
}

async function paidSubscriptionOf(ctx: BillingContext, input: Input): Promise<Subscription> {
  const row = await findLiveSubscription(ctx.db, input.userId, input.audience);
  const inForce = planIdAt(row, input.audience, ctx.now(), ctx.graceDays);
  if (!row?.stripeSubscriptionId || (inForce !== row.planId && inForce !== row.pendingPlanId)) {
    throw new ConflictError('You have no paid subscription: choose a plan with POST /subscriptions.');
  }
  return row;
}
