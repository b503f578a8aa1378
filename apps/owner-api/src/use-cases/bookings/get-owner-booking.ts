import { loadBookingLines, loadStatusHistory } from '@salon/booking';
import { type OwnerBookingDetail } from '@salon/contracts-owner';
import { and, bookings, eq, isNull, shops, type Database } from '@salon/db';
import { NotFoundError } from '@salon/errors';
import { selectOwnerBookings, toOwnerBooking } from './owner-booking-view';

/**
 * One booking of one of the caller's shops (not deleted), with its status history, oldest first.
 * @throws NotFoundError('Booking') for an unknown id and for another owner's booking alike.
 */
export async function getOwnerBooking({
  ctx,
  input,
}: {
  ctx: { db: Database; ownerId: string };
  input: { id: string };
}): Promise<OwnerBookingDetail> {
  const [row] = await selectOwnerBookings(ctx.db)
    .where(and(eq(bookings.id, input.id), eq(shops.ownerId, ctx.ownerId), isNull(shops.deletedAt)))
    .limit(1);
  if (!row) throw new NotFoundError('Booking');
  const history = await loadStatusHistory(ctx.db, row.booking.id);
  return {
    ...toOwnerBooking(row),
    statusHistory: history.map((change) => ({
      id: change.id,
      fromStatus: change.fromStatus,
      toStatus: change.toStatus,
      changedByUserId: change.changedByUserId,
      changedAt: change.createdAt.toISOString(),
      reason: change.reason,
    })),
    lines: await loadBookingLines(ctx.db, row.booking.id),
  };
}
