import { and, asc, eq, executePrepared, inArray, plans, sql, subscriptions, tableRow, type Plan, type SQL, type Subscription } from '@salon/db';
import { type Audience, type PlanContext } from './context';

const DAY_MS = 24 * 60 * 60 * 1000;
const LIVE = ['trialing', 'active', 'past_due'] as const;
// The same list as SQL literals (constants of this file, not input), for the prepared plan read.
const LIVE_SQL = sql.raw(LIVE.map((status) => `'${status}'`).join(', '));

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

/**
 * The next instant after `now` at which {@link planIdAt} may answer otherwise for the same row (a
 * period end, its grace end, a past-due grace end); null when only a write can change it.
 * @pure
 */
export function planChangesAt(row: Subscription | null, now: Date, graceDays: number): Date | null {
  if (!row || !(LIVE as readonly string[]).includes(row.status)) return null;
  const grace = graceDays * DAY_MS;
  const end = row.currentPeriodEnd?.getTime();
  const candidates = row.status === 'past_due'
    ? [(row.pastDueSince ?? row.updatedAt).getTime() + grace]
    : end === undefined ? [] : [end, end + grace];
  const next = candidates.filter((at) => at > now.getTime()).sort((a, b) => a - b)[0];
  return next === undefined ? null : new Date(next);
}

/**
 * The plan row the user is on now for one side; Free when they hold nothing live. One prepared
 * statement (it runs on every booking): the live subscription and the side's few plans as JSON,
 * the choice between them made by planIdAt.
 */
export async function loadEffectivePlan({ ctx, input }: { ctx: PlanContext; input: { userId: string; audience: Audience } }): Promise<Plan> {
  return (await readEffectivePlan({ ctx, input })).plan;
}

/**
 * What loadEffectivePlan read: the plan, digests of the two rows it was chosen from (md5 of their
 * jsonb text; null: no live subscription), and until when those rows keep granting that plan
 * (planChangesAt) on the server's clock, in epoch seconds (numbers: no DateStyle to agree on);
 * null: until a write.
 */
export type EffectivePlanRead = { plan: Plan; subscriptionHash: string | null; planHash: string; grantedUntilEpoch: number | null };

/** {@link loadEffectivePlan}, keeping what it read for {@link isEffectivePlanUnchanged}. */
export async function readEffectivePlan({ ctx, input }: { ctx: PlanContext; input: { userId: string; audience: Audience } }): Promise<EffectivePlanRead> {
  const [row] = await executePrepared<{ subscription: unknown; subscription_hash: string | null; plans: unknown; plan_hashes: unknown; read_at: string }>(ctx.db, sql`
    select live.s as subscription, md5(live.s::text) as subscription_hash, extract(epoch from statement_timestamp())::text as read_at,
           (select coalesce(jsonb_agg(p), '[]') from plans p where p.audience = ${input.audience}::audience) as plans,
           (select jsonb_object_agg(p.id, ${planHashOf}) from plans p where p.audience = ${input.audience}::audience) as plan_hashes
    from (select ${liveSubscriptionJson(input)} as s) live`);
  const subscriptionJson = row?.subscription ? jsonOf<Record<string, unknown>>(row.subscription) : null;
  const subscription = subscriptionJson ? tableRow(subscriptions, subscriptionJson) : null;
  const now = ctx.now();
  const planId = planIdAt(subscription, input.audience, now, ctx.graceDays);
  const changesAt = planChangesAt(subscription, now, ctx.graceDays);
  const planJson = jsonOf<Record<string, unknown>[]>(row?.plans ?? '[]').find((candidate) => candidate['id'] === planId);
  if (!planJson) throw new Error(`plan ${planId} is missing: is migration 0009 applied?`);
  const planHash = jsonOf<Record<string, string>>(row!.plan_hashes)[planId]!;
  // How long the rows still grant it, by `now` (either clock may be a test's; only their rates must agree), from the server's read time.
  const grantedUntilEpoch = changesAt === null ? null : Number(row!.read_at) + (changesAt.getTime() - now.getTime()) / 1000;
  return { plan: tableRow(plans, planJson), subscriptionHash: row!.subscription_hash, planHash, grantedUntilEpoch };
}

/**
 * A boolean SQL expression: true while the user's live subscription on that side and the chosen
 * plan's row are what `read` saw (same digest; a subscription gone or new is a change) and the
 * plan's own dates have not ended it meanwhile: no row changes when a period ends, so the time
 * since the read is measured on the server's clock (either clock may be a test's; only their rates
 * must agree). Digests, not the rows: the guard rides in the one-trip booking's socket write, which
 * postgres.js splits past 1 kB (the rest then waits for the answer to the first part).
 * For staleReadGuard, after the billing lock.
 */
export function isEffectivePlanUnchanged(input: { userId: string; audience: Audience }, read: EffectivePlanRead): SQL {
  return sql`(md5(${liveSubscriptionJson(input)}::text) is not distinct from ${read.subscriptionHash}::text
    and (select ${planHashOf} from plans p where p.id = ${read.plan.id}) = ${read.planHash}::text
    ${read.grantedUntilEpoch === null ? sql`` : sql`and extract(epoch from clock_timestamp()) < ${read.grantedUntilEpoch}::numeric`})`;
}

const planHashOf = sql`md5(to_jsonb(p)::text)`;
const liveSubscriptionJson = (input: { userId: string; audience: Audience }) => sql`(select to_jsonb(s) from subscriptions s
  where s.user_id = ${input.userId} and s.audience = ${input.audience}::audience and s.status in (${LIVE_SQL}) limit 1)`;

/** jsonb as the driver gives it: parsed (postgres.js, PGlite) or text. */
const jsonOf = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

/** Active plans of one side, cheapest first (the catalogue order). */
export async function listPlans({ ctx, input }: { ctx: { db: PlanContext['db'] }; input: { audience: Audience } }): Promise<Plan[]> {
  return ctx.db
    .select()
    .from(plans)
    .where(and(eq(plans.audience, input.audience), eq(plans.isActive, true)))
    .orderBy(asc(plans.priceMinor), asc(plans.id));
}
