import { executeInTransaction, isStaleRead, subscriptions } from '@salon/db';
import { makeCustomer, useTestDatabase } from '@salon/db/testing';
import { unlimitedBookingGuard } from './enforce-plan-limits';

const database = useTestDatabase();
const END = new Date('2026-12-01T09:00:00Z');

// A plan can end with no row changing: a subscription cancelled at period end is Free from that
// instant (planIdAt), before the expiry job writes anything. A booking that read Premium just
// before the end and whose guard runs after it must not commit uncounted: a booking counted
// after the end (under the exclusive lock, before this one took it shared) did not see it.
describe('unlimitedBookingGuard: a plan that ends by its own dates', () => {
  const premiumUntil = async (end: Date) => {
    const { db } = database();
    const customer = await makeCustomer(db);
    await db.insert(subscriptions).values({
      userId: customer.userId, audience: 'customer', planId: 'customer_premium', status: 'active', stripeSubscriptionId: `sub_${customer.id}`, currentPeriodEnd: end, cancelAtPeriodEnd: true,
    });
    return customer.userId;
  };

  it('fails with SR001 when the period ended between the read and the guard', async () => {
    const userId = await premiumUntil(END);
    const guard = await unlimitedBookingGuard({ ctx: { db: database().db, now: () => new Date(END.getTime() - 1), graceDays: 7 }, input: { userId } });
    expect(guard).toBeDefined();
    // The booking's slot check and lock wait take longer than the millisecond Premium had left.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const error = await executeInTransaction(database().db, guard!).catch((caught: unknown) => caught);
    expect(isStaleRead(error)).toBe(true);
  });

  it('holds while the period still has time left', async () => {
    const userId = await premiumUntil(END);
    const guard = await unlimitedBookingGuard({ ctx: { db: database().db, now: () => new Date(END.getTime() - 60 * 60_000), graceDays: 7 }, input: { userId } });
    expect(await executeInTransaction(database().db, guard!)).toHaveLength(2);
  });
});

// The guard rides in the one-trip booking's single socket write, which postgres.js flushes early
// past 1 kB (the rest then leaves only after the server answered the first part): it carries
// digests of the rows it re-checks, not the rows.
describe('unlimitedBookingGuard: its size on the wire', () => {
  it('binds under 300 bytes for a Premium subscription with every column set', async () => {
    const { db } = database();
    const customer = await makeCustomer(db);
    await db.insert(subscriptions).values({
      userId: customer.userId, audience: 'customer', planId: 'customer_premium', status: 'active', stripeSubscriptionId: 'sub_on_the_wire', stripeCustomerId: 'cus_on_the_wire',
      currentPeriodStart: new Date('2026-11-20T00:00:00Z'), currentPeriodEnd: END, pendingPlanId: 'customer_basic',
    });
    const guard = await unlimitedBookingGuard({ ctx: { db, now: () => new Date(END.getTime() - 60_000), graceDays: 7 }, input: { userId: customer.userId } });
    expect(guard!.reduce((bytes, statement) => bytes + boundBytes(statement), 0)).toBeLessThan(300);
  });
});

/** Bytes of the values a statement binds: its chunks that are neither SQL text nor nested SQL. */
function boundBytes(chunk: unknown): number {
  if (chunk && typeof chunk === 'object' && 'queryChunks' in chunk) return (chunk.queryChunks as unknown[]).reduce<number>((bytes, inner) => bytes + boundBytes(inner), 0);
  if (chunk && typeof chunk === 'object' && 'value' in chunk && Array.isArray(chunk.value)) return 0; // SQL text
  return JSON.stringify(chunk)?.length ?? 0;
}
