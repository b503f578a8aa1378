import { and, bookingHolds, eq, type Transaction } from '@salon/db';

/** Frees a booking's time at once: the exclusion constraint ignores inactive holds, and the rows stay as a record. */
export async function releaseHolds(tx: Transaction, bookingId: string): Promise<void> {
  await tx.update(bookingHolds).set({ isActive: false }).where(and(eq(bookingHolds.bookingId, bookingId), eq(bookingHolds.isActive, true)));
}
