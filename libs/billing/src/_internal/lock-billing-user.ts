import { sql, type Transaction } from '@salon/db';

/**
 * The per-user transaction lock every plan check and every plan change takes (key space 1011,
 * hashtext(user id); 1001 is the staff lock). A shop or booking counted under it cannot be joined
 * by a concurrent one, and a webhook changing the plan waits for the check in flight.
 */
export async function lockBillingUser(tx: Transaction, userId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(1011, hashtext(${userId}::text))`);
}
