import { bookingStatusHistory, type BookingStatus, type Transaction } from '@salon/db';

/** Appends the audit row of a status change; in the same transaction as the change itself. */
export async function recordStatusChange(
  tx: Transaction,
  input: { bookingId: string; from: BookingStatus | null; to: BookingStatus; userId: string | null; reason?: string | null; at: Date },
): Promise<void> {
  await tx.insert(bookingStatusHistory).values({
    bookingId: input.bookingId,
    fromStatus: input.from,
    toStatus: input.to,
    changedByUserId: input.userId,
    reason: input.reason ?? null,
    createdAt: input.at,
  });
}
