import { and, asc, eq, inArray, plans, subscriptions, type Plan, type Subscription } from '@salon/db';
import { type Audience, type PlanContext } from './context';

const DAY_MS = 24 * 60 * 60 * 1000;
const LIVE = ['trialing', 'active', 'past_due'] as const;

/** The Free plan's id for a side of the marketplace: everyone without a live subscription is on it. */
export const freePlanId = (audience: Audience) => `${audience}_free`;

/** The user's live subscription on one side (at most one: a partial unique index), else null. */
export async function findLiveSubscription(db: PlanContext['db'], userId: string, audience: Audience): Promise<Subscription | null> {
  const [row] = await db
    .select()
    .from(subscriptions)
    .where(and(eq(subscriptions.userId, userId), eq(subscriptions.audience, audience), inArray(subscriptions.status, [...LIVE])))
    .limit(1);
  return row ?? null;
}

/**
 * The plan a subscription grants at `now`, computed from its own dates so limits are right even
 * before the expiry job has run: a cancelled period that ended, a renewal that never came or a
 * past-due beyond the grace days all mean Free; a downgrade takes effect once its period ended.
 * @pure
 */
export function planIdAt(row: Subscription | null, audience: Audience, now: Date, graceDays: number): string {
  if (!row || !(LIVE as readonly string[]).includes(row.status)) return freePlanId(audience);
  const grace = graceDays * DAY_MS;
  const end = row.currentPeriodEnd?.getTime();
  if (row.status === 'past_due') {
    const since = (row.pastDueSince ?? row.updatedAt).getTime();
    return since + grace > now.getTime() ? row.planId : freePlanId(audience);
  }
  if (end !== undefined && end <= now.getTime()) {
    if (row.cancelAtPeriodEnd || end + grace <= now.getTime()) return freePlanId(audience);
    if (row.pendingPlanId) return row.pendingPlanId;
  }
  return row.planId;
}

/** The plan row the user is on now for one side; Free when they hold nothing live. */
export async function loadEffectivePlan({ ctx, input }: { ctx: PlanContext; input: { userId: string; audience: Audience } }): Promise<Plan> {
  const row = await findLiveSubscription(ctx.db, input.userId, input.audience);
  const planId = planIdAt(row, input.audience, ctx.now(), ctx.graceDays);
  const [plan] = await ctx.db.select().from(plans).where(eq(plans.id, planId)).limit(1);
  if (!plan) throw new Error(`plan ${planId} is missing: is migration 0009 applied?`);
  return plan;
}

/** Active plans of one side, cheapest first (the catalogue order). */
export async function listPlans({ ctx, input }: { ctx: { db: PlanContext['db'] }; input: { audience: Audience } }): Promise<Plan[]> {
  return ctx.db
    .select()
    .from(plans)
    .where(and(eq(plans.audience, input.audience), eq(plans.isActive, true)))
    .orderBy(asc(plans.priceMinor), asc(plans.id));
}
