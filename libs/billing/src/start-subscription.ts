import { type MySubscription } from '@salon/contracts-common';
import { and, eq, isNull, plans, subscriptions, users, withTransaction, type Plan } from '@salon/db';
import { AppError, ConflictError, NotFoundError } from '@salon/errors';
import { lockBillingUser } from './_internal/lock-billing-user';
import { retireOtherLiveRows } from './apply-provider-subscription';
import { type Audience, type BillingContext } from './context';
import { findLiveSubscription, planIdAt } from './effective-plan';
import { getMySubscription } from './subscription-view';

export type StartSubscriptionResult = { status: 'active' | 'checkout_required'; checkoutUrl: string | null; subscription: MySubscription };

/**
 * POST /subscriptions {planId}. Free takes effect at once. A paid plan opens a Stripe Checkout
 * Session for the user's Stripe customer (made on first use, then reused) with our user id as
 * client_reference_id; the plan starts when the webhook confirms payment. `idempotencyKey` is
 * passed on to Stripe, so a retried request gets the same session.
 * @throws NotFoundError (no such plan on this side), ConflictError (the plan held; a paid plan
 *   while on another paid one; Free while paying), AppError unavailable (Stripe down or unpriced)
 */
export async function startSubscription({
  ctx,
  input,
}: {
  ctx: BillingContext;
  input: { userId: string; audience: Audience; planId: string; idempotencyKey?: string };
}): Promise<StartSubscriptionResult> {
  const [plan] = await ctx.db.select().from(plans).where(and(eq(plans.id, input.planId), eq(plans.audience, input.audience), eq(plans.isActive, true)));
  if (!plan) throw new NotFoundError('Plan');
  const live = await findLiveSubscription(ctx.db, input.userId, input.audience);
  const current = planIdAt(live, input.audience, ctx.now(), ctx.graceDays);
  // Everyone is on Free without a row; asking for it makes that explicit once (then it is held).
  if (current === plan.id && (plan.priceMinor > 0 || live)) throw new ConflictError(`You are already on the ${plan.name} plan.`);
  const isPaying = Boolean(live?.stripeSubscriptionId) && live!.planId === current;
  if (plan.priceMinor === 0) {
    if (isPaying) throw new ConflictError('You are on a paid plan: cancel it (POST /subscriptions/cancel) to return to Free at the end of the period.');
    await startFree(ctx, input.userId, plan);
    return { status: 'active', checkoutUrl: null, subscription: await getMySubscription({ ctx, input }) };
  }
  if (isPaying) throw new ConflictError('You already pay for a plan: change it with PUT /subscriptions/upgrade.');
  if (!plan.stripePriceId) throw new AppError('unavailable', `The ${plan.name} plan has no Stripe price configured.`);
  const customerId = await stripeCustomerOf(ctx, input.userId);
  const session = await ctx.provider.createCheckoutSession(
    {
      customerId,
      priceId: plan.stripePriceId,
      clientReferenceId: input.userId,
      metadata: { userId: input.userId, audience: input.audience, planId: plan.id },
      successUrl: `${ctx.returnUrl}?checkout=success`,
      cancelUrl: `${ctx.returnUrl}?checkout=cancelled`,
    },
    { idempotencyKey: input.idempotencyKey && `checkout:${input.userId}:${input.audience}:${input.idempotencyKey}` },
  );
  return { status: 'checkout_required', checkoutUrl: session.url, subscription: await getMySubscription({ ctx, input }) };
}

async function startFree(ctx: BillingContext, userId: string, plan: Plan): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    await lockBillingUser(tx, userId);
    await retireOtherLiveRows(tx, { userId, audience: plan.audience });
    await tx.insert(subscriptions).values({ userId, audience: plan.audience, planId: plan.id, status: 'active', currentPeriodStart: ctx.now() });
  });
}

/**
 * The user's Stripe customer, created on first use. The create call's idempotency key is the user
 * id, so two first checkouts at once make one customer; the column is only ever filled once.
 */
async function stripeCustomerOf(ctx: BillingContext, userId: string): Promise<string> {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, userId));
  if (!user) throw new NotFoundError('User');
  if (user.stripeCustomerId) return user.stripeCustomerId;
  const { customerId } = await ctx.provider.createCustomer({ userId, email: user.email, name: user.displayName }, { idempotencyKey: `customer:${userId}` });
  await ctx.db.update(users).set({ stripeCustomerId: customerId }).where(and(eq(users.id, userId), isNull(users.stripeCustomerId)));
  const [saved] = await ctx.db.select({ id: users.stripeCustomerId }).from(users).where(eq(users.id, userId));
  return saved?.id ?? customerId;
}
