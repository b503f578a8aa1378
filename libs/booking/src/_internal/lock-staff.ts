import { sql, type Transaction } from '@salon/db';

/**
 * Takes the per-staff transaction lock the booking_holds trigger takes (migration 0002: key space
 * 1001, hashtext(staff_id)), in staff id order, before a transaction frees and takes holds. Two
 * moves into each other's time then queue instead of deadlocking (40P01), and the loser gets a
 * clean 23P01.
 */
export async function lockStaff(tx: Transaction, staffIds: readonly string[]): Promise<void> {
  for (const staffId of [...new Set(staffIds)].sort()) {
    await tx.execute(sql`select pg_advisory_xact_lock(1001, hashtext(${staffId}::text))`);
  }
}
