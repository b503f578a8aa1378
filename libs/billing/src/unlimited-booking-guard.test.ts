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
