import { sql, withTransaction, type Database, type SQL, type Transaction } from '@salon/db';

/**
 * The per-user transaction lock every plan check and every plan change takes (key space 1011,
 * hashtext(user id); 1001 is the staff lock). A shop or booking counted under it cannot be joined
 * by a concurrent one, and a webhook changing the plan waits for the check in flight.
 */
export async function lockBillingUser(tx: Transaction, userId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${billingLockKey(userId)})`);
}

// The lock's two-part key: one place, so the exclusive and shared forms can never drift apart.
const billingLockKey = (userId: string): SQL => sql`1011, hashtext(${userId}::text)`;

/**
 * The same lock taken shared, as a statement for a one-trip transaction: bookings that counted
 * nothing (an unlimited plan) hold it together, and a plan change, taking it exclusively, waits
 * until those in flight have committed.
 */
export const billingLockSharedStatement = (userId: string): SQL => sql`select pg_advisory_xact_lock_shared(${billingLockKey(userId)})`;

/**
 * Runs one plan change of a user (start, upgrade, cancel) in a transaction holding their billing
 * lock, with `ctx.db` being that transaction: the decision, the Stripe call and our mirror of its
 * answer happen one change at a time, so concurrent requests see the first one's result (a second
 * upgrade to the same plan is a 409, not a second invoice). Webhooks of that user wait meanwhile;
 * everything inside must go through the given ctx, never a second pool connection.
 */
export async function withBillingLock<C extends { db: Database }, T>(ctx: C, userId: string, fn: (locked: C & { db: Transaction }) => Promise<T>): Promise<T> {
  return withTransaction(ctx, async (tx) => {
    await lockBillingUser(tx, userId);
    return fn({ ...ctx, db: tx } as C & { db: Transaction });
  });
}
