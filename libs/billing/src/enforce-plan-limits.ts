import { TZDate } from '@date-fns/tz';
import {
  and, bookings, count, customers, eq, gte, isNull, lt, ne, shops, staleReadGuard, type Plan, type PlanFeatures, type SQL, type Transaction,
} from '@salon/db';
import { billingLockSharedStatement, lockBillingUser } from './_internal/lock-billing-user';
import { type Audience, type PlanContext } from './context';
import { isEffectivePlanUnchanged, listPlans, loadEffectivePlan, readEffectivePlan } from './effective-plan';
import { planLimitReached } from './plan-limit-error';

/**
 * Call inside the transaction that inserts the shop: locks the owner's user, then refuses when
 * their plan's `maxShops` is reached. Deleted shops do not count; a downgrade deletes nothing, so
 * an owner over the limit keeps their shops and only new ones are refused.
 * @throws AppError plan_limit_reached (403)
 */
export async function assertCanOpenShop({ ctx, input }: { ctx: PlanContext & { db: Transaction }; input: { userId: string; ownerId: string } }) {
  await lockBillingUser(ctx.db, input.userId);
  const plan = await loadEffectivePlan({ ctx, input: { userId: input.userId, audience: 'owner' } });
  const limit = plan.limits.maxShops ?? null;
  if (limit === null) return;
  const [row] = await ctx.db.select({ n: count() }).from(shops).where(and(eq(shops.ownerId, input.ownerId), isNull(shops.deletedAt)));
  const current = row?.n ?? 0;
  if (current >= limit) throw planLimitReached('shops', { plan, limit, current, better: await betterPlans(ctx, plan, 'maxShops', current) });
}

/**
 * Call inside the transaction that inserts the booking: refuses when the customer's plan's
 * `maxBookingsPerMonth` is used up. A booking counts in the calendar month it was made in
 * (`created_at`), in the customer's preferred zone (UTC if none); cancelled ones do not.
 * Takes the customer's billing lock first and reads the plan under it, so a plan change (which takes
 * the lock too) is either wholly before this booking or waits for its commit, and a booking counted
 * after it sees it. Bookings that skip this (see {@link unlimitedBookingGuard}) hold the lock shared.
 * @throws AppError plan_limit_reached (403)
 */
export async function assertCanBook({ ctx, input }: { ctx: PlanContext & { db: Transaction }; input: { userId: string; customerId: string } }) {
  await lockBillingUser(ctx.db, input.userId);
  const plan = await loadEffectivePlan({ ctx, input: { userId: input.userId, audience: 'customer' } });
  const limit = plan.limits.maxBookingsPerMonth ?? null;
  if (limit === null) return;
  const [customer] = await ctx.db.select({ zone: customers.preferredTimeZone }).from(customers).where(eq(customers.id, input.customerId));
  const { start, end } = monthAround(ctx.now(), customer?.zone ?? 'UTC');
  const [row] = await ctx.db
    .select({ n: count() })
    .from(bookings)
    .where(and(eq(bookings.customerId, input.customerId), ne(bookings.status, 'cancelled'), gte(bookings.createdAt, start), lt(bookings.createdAt, end)));
  const current = row?.n ?? 0;
  if (current >= limit) {
    throw planLimitReached('bookings this month', { plan, limit, current, better: await betterPlans(ctx, plan, 'maxBookingsPerMonth', current) });
  }
}

/**
 * Whether a booking may skip {@link assertCanBook}, read on any connection before its transaction:
 * undefined when the customer's plan limits bookings per month (assertCanBook must count);
 * otherwise the statements that must open the booking's transaction, ahead of its writes: the
 * billing lock, shared (a plan change waits for bookings in flight, and a limited booking's count
 * after it sees them), then a staleReadGuard that fails with SR001 (isStaleRead) when the live
 * subscription or the plan row changed since this read. On SR001, book through assertCanBook.
 * Shapes: SQL statements for createBooking's `oneTripGuard`.
 */
export async function unlimitedBookingGuard({ ctx, input }: { ctx: PlanContext; input: { userId: string } }): Promise<SQL[] | undefined> {
  const who = { userId: input.userId, audience: 'customer' as const };
  const read = await readEffectivePlan({ ctx, input: who });
  if ((read.plan.limits.maxBookingsPerMonth ?? null) !== null) return undefined;
  return [billingLockSharedStatement(input.userId), staleReadGuard(isEffectivePlanUnchanged(who, read), 'the customer\'s plan')];
}

/**
 * Refuses a feature the user's plan lacks (`analyticsDashboard`, `calendarFeed`). Takes no lock:
 * it guards a read, not a count.
 * @throws AppError plan_limit_reached (403)
 */
export async function assertPlanFeature({ ctx, input }: { ctx: PlanContext; input: { userId: string; audience: Audience; feature: string; label: string } }) {
  const plan = await loadEffectivePlan({ ctx, input });
  if (plan.features[input.feature]) return;
  const better = (await listPlans({ ctx, input })).filter((p) => (p.features as PlanFeatures)[input.feature]);
  const message = `The ${input.label} needs the ${better.map((p) => p.name).join(' or ')} plan; you are on ${plan.name}.`;
  throw planLimitReached(input.label, { plan, limit: null, current: 0, better, message });
}

/** The local calendar month containing `now` in `zone`, as UTC instants [start, end). */
export function monthAround(now: Date, zone: string): { start: Date; end: Date } {
  const local = new TZDate(now.getTime(), zone);
  const start = new TZDate(local.getFullYear(), local.getMonth(), 1, zone);
  const end = new TZDate(local.getFullYear(), local.getMonth() + 1, 1, zone);
  return { start: new Date(start.getTime()), end: new Date(end.getTime()) };
}

async function betterPlans(ctx: PlanContext, plan: Plan, key: 'maxShops' | 'maxBookingsPerMonth', current: number): Promise<Plan[]> {
  const all = await listPlans({ ctx, input: { audience: plan.audience } });
  return all.filter((p) => p.id !== plan.id && (p.limits[key] === null || p.limits[key] === undefined || p.limits[key]! > current));
}
