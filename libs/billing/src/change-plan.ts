import { type MySubscription } from '@salon/contracts-common';
import { and, eq, plans, subscriptions, withTransaction, type Subscription } from '@salon/db';
import { ConflictError, NotFoundError } from '@salon/errors';
import { lockBillingUser } from './_internal/lock-billing-user';
import { applyProviderSubscription } from './apply-provider-subscription';
import { type Audience, type BillingContext } from './context';
import { findLiveSubscription, planIdAt } from './effective-plan';
import { getMySubscription, planById } from './subscription-view';

type Input = { userId: string; audience: Audience; idempotencyKey?: string };

/**
 * PUT /subscriptions/upgrade {planId}: a dearer plan applies now and Stripe invoices the prorated
 * difference; a cheaper one applies from the next period (the paid-for plan stays until then).
 * The pending downgrade is written before Stripe is called, so a webhook that beats our answer
 * still keeps the paid-for plan.
 * @throws NotFoundError (plan), ConflictError (no paid plan; same plan; Free: use cancel)
 */
export async function changePlan({ ctx, input }: { ctx: BillingContext; input: Input & { planId: string } }): Promise<MySubscription> {
  const [target] = await ctx.db.select().from(plans).where(and(eq(plans.id, input.planId), eq(plans.audience, input.audience), eq(plans.isActive, true)));
  if (!target) throw new NotFoundError('Plan');
  const row = await paidSubscriptionOf(ctx, input);
  if (row.planId === target.id && !row.pendingPlanId) throw new ConflictError(`You are already on the ${target.name} plan.`);
  if (target.priceMinor === 0) throw new ConflictError('To return to Free, cancel (POST /subscriptions/cancel): Free starts at the end of the period.');
  if (!target.stripePriceId) throw new ConflictError(`The ${target.name} plan cannot be bought right now.`);
  const current = await planById(ctx, row.planId);
  const isUpgrade = target.priceMinor > current.priceMinor;
  const pendingPlanId = isUpgrade || target.id === row.planId ? null : target.id;
  await withTransaction(ctx, async (tx) => {
    await lockBillingUser(tx, input.userId);
    await tx.update(subscriptions).set({ pendingPlanId }).where(eq(subscriptions.id, row.id));
  });
  let updated;
  try {
    updated = await ctx.provider.changeSubscriptionPrice(
      row.stripeSubscriptionId!,
      { priceId: target.stripePriceId, prorate: isUpgrade },
      { idempotencyKey: input.idempotencyKey && `change:${input.userId}:${input.idempotencyKey}` },
    );
  } catch (error) {
    // Stripe did not change: neither does the pending downgrade.
    await ctx.db.update(subscriptions).set({ pendingPlanId: row.pendingPlanId }).where(eq(subscriptions.id, row.id));
    throw error;
  }
  await withTransaction(ctx, (tx) => applyProviderSubscription(tx, { subscription: updated, now: ctx.now() }));
  return getMySubscription({ ctx, input });
}

/**
 * POST /subscriptions/cancel: Stripe stops renewing; the plan stays until the period ends, then
 * Free. Nothing is deleted.
 * @throws ConflictError (no paid plan, or already cancelling)
 */
export async function cancelSubscription({ ctx, input }: { ctx: BillingContext; input: Input }): Promise<MySubscription> {
  const row = await paidSubscriptionOf(ctx, input);
  if (row.cancelAtPeriodEnd) throw new ConflictError('Your subscription is already cancelled at the end of the period.');
  const updated = await ctx.provider.setCancelAtPeriodEnd(row.stripeSubscriptionId!, true, {
    idempotencyKey: input.idempotencyKey && `cancel:${input.userId}:${input.idempotencyKey}`,
  });
  await withTransaction(ctx, (tx) => applyProviderSubscription(tx, { subscription: updated, now: ctx.now() }));
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
