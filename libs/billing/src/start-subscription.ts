import { type MySubscription } from '@salon/contracts-common';
import { and, eq, isNull, plans, subscriptions, users, type Plan, type Transaction } from '@salon/db';
import { AppError, ConflictError, NotFoundError } from '@salon/errors';
import { withBillingLock } from './_internal/lock-billing-user';
import { retireOtherLiveRows } from './apply-provider-subscription';
import { resumeSubscription } from './change-plan';
import { type Audience, type BillingContext } from './context';
import { findLiveSubscription, planIdAt } from './effective-plan';
import { getMySubscription } from './subscription-view';

export type StartSubscriptionResult = { status: 'active' | 'checkout_required' | 'resumed'; checkoutUrl: string | null; subscription: MySubscription };
type Input = { userId: string; audience: Audience; planId: string; idempotencyKey?: string };

/**
 * POST /subscriptions {planId}. A paid plan opens a Stripe Checkout Session for the user's Stripe
 * customer (made on first use, then reused) with our user id as client_reference_id; the plan
 * starts when the webhook confirms payment. Runs under the user's billing lock, and an open session
 * of the same plan is reused (open ones for another plan of this side are expired at Stripe), so
 * however often it is called the user holds one payable session. The plan held while cancelled at
 * the period end is resumed (`resumed`). Free takes effect at once only over a plan granted without
 * Stripe (demo grants); `idempotencyKey` is passed on to Stripe.
 * @throws NotFoundError (no such plan on this side), ConflictError (the plan held, Free included; a
 *   paid plan while on another paid one; Free while paying), AppError unavailable (Stripe down or unpriced)
 */
export async function startSubscription({ ctx, input }: { ctx: BillingContext; input: Input }): Promise<StartSubscriptionResult> {
  return withBillingLock(ctx, input.userId, async (locked) => {
    const [plan] = await locked.db.select().from(plans).where(and(eq(plans.id, input.planId), eq(plans.audience, input.audience), eq(plans.isActive, true)));
    if (!plan) throw new NotFoundError('Plan');
    const live = await findLiveSubscription(locked.db, input.userId, input.audience);
    const current = planIdAt(live, input.audience, locked.now(), locked.graceDays);
    const isPaying = Boolean(live?.stripeSubscriptionId) && live!.planId === current;
    if (current === plan.id) {
      if (isPaying && live!.cancelAtPeriodEnd && !live!.pendingPlanId) {
        return { status: 'resumed', checkoutUrl: null, subscription: await resumeSubscription(locked, live!, input) };
      }
      throw new ConflictError(`You are already on the ${plan.name} plan.`);
    }
    if (plan.priceMinor === 0) {
      if (isPaying) throw new ConflictError('You are on a paid plan: cancel it (POST /subscriptions/cancel) to return to Free at the end of the period.');
      await startFree(locked, input.userId, plan);
      return { status: 'active', checkoutUrl: null, subscription: await getMySubscription({ ctx: locked, input }) };
    }
    if (isPaying) throw new ConflictError('You already pay for a plan: change it with PUT /subscriptions/upgrade.');
    if (!plan.stripePriceId) throw new AppError('unavailable', `The ${plan.name} plan has no Stripe price configured.`);
    const url = await checkoutUrlFor(locked, input, plan, plan.stripePriceId);
    return { status: 'checkout_required', checkoutUrl: url, subscription: await getMySubscription({ ctx: locked, input }) };
  });
}

/** The open session of this plan if there is one; else a new one, after expiring open ones of other plans of this side. */
async function checkoutUrlFor(ctx: BillingContext, input: Input, plan: Plan, priceId: string): Promise<string> {
  const customerId = await stripeCustomerOf(ctx, input.userId);
  const open = (await ctx.provider.listOpenCheckoutSessions(customerId)).filter((s) => s.metadata['audience'] === input.audience);
  const same = open.find((s) => s.metadata['planId'] === plan.id && s.metadata['userId'] === input.userId);
  if (same) return same.url;
  for (const other of open) await ctx.provider.expireCheckoutSession(other.sessionId);
  const session = await ctx.provider.createCheckoutSession(
    {
      customerId,
      priceId,
      clientReferenceId: input.userId,
      metadata: { userId: input.userId, audience: input.audience, planId: plan.id },
      successUrl: `${ctx.returnUrl}?checkout=success`,
      cancelUrl: `${ctx.returnUrl}?checkout=cancelled`,
    },
    { idempotencyKey: input.idempotencyKey && `checkout:${input.userId}:${input.audience}:${input.idempotencyKey}` },
  );
  return session.url;
}

async function startFree(ctx: BillingContext & { db: Transaction }, userId: string, plan: Plan): Promise<void> {
  await retireOtherLiveRows(ctx.db, { userId, audience: plan.audience });
  await ctx.db.insert(subscriptions).values({ userId, audience: plan.audience, planId: plan.id, status: 'active', currentPeriodStart: ctx.now() });
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
