import { type MySubscription, type PlanView } from '@salon/contracts-common';
import { eq, plans, type Plan, type Subscription } from '@salon/db';
import { type Audience, type PlanContext } from './context';
import { findLiveSubscription, planIdAt } from './effective-plan';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A plan row as the API shows it: features as the list of those switched on. */
export function toPlanView(plan: Plan): PlanView {
  return {
    id: plan.id,
    audience: plan.audience,
    name: plan.name,
    priceMinor: plan.priceMinor,
    currency: plan.currency,
    interval: plan.interval,
    limits: plan.limits,
    features: Object.entries(plan.features).filter(([, on]) => on).map(([name]) => name).sort(),
  };
}

/** GET /subscriptions/me: the plan in force now and, for a paid one, its period and pending change. */
export async function getMySubscription({ ctx, input }: { ctx: PlanContext; input: { userId: string; audience: Audience } }): Promise<MySubscription> {
  const row = await findLiveSubscription(ctx.db, input.userId, input.audience);
  const planId = planIdAt(row, input.audience, ctx.now(), ctx.graceDays);
  const plan = await planById(ctx, planId);
  if (!row || row.planId !== planId) {
    return { plan: toPlanView(plan), status: 'active', currentPeriodStart: null, currentPeriodEnd: null, cancelAtPeriodEnd: false, pendingPlan: null, graceEndsAt: null };
  }
  return viewOf(row, plan, row.pendingPlanId ? await planById(ctx, row.pendingPlanId) : null, ctx.graceDays);
}

function viewOf(row: Subscription, plan: Plan, pending: Plan | null, graceDays: number): MySubscription {
  const status = row.status === 'past_due' || row.status === 'trialing' ? row.status : 'active';
  return {
    plan: toPlanView(plan),
    status,
    currentPeriodStart: row.currentPeriodStart?.toISOString() ?? null,
    currentPeriodEnd: row.currentPeriodEnd?.toISOString() ?? null,
    cancelAtPeriodEnd: row.cancelAtPeriodEnd,
    pendingPlan: pending ? toPlanView(pending) : null,
    graceEndsAt: status === 'past_due' && row.pastDueSince ? new Date(row.pastDueSince.getTime() + graceDays * DAY_MS).toISOString() : null,
  };
}

export async function planById(ctx: { db: PlanContext['db'] }, planId: string): Promise<Plan> {
  const [plan] = await ctx.db.select().from(plans).where(eq(plans.id, planId)).limit(1);
  if (!plan) throw new Error(`plan ${planId} is missing: is migration 0009 applied?`);
  return plan;
}
