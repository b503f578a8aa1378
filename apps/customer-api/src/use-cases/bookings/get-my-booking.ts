import { loadBookingLines, loadStatusHistory } from '@salon/booking';
import { type CustomerBookingDetail } from '@salon/contracts-customer';
import { and, bookings, customers, eq, type Database } from '@salon/db';
import { NotFoundError } from '@salon/errors';
import { selectCustomerBookings, toCustomerBooking } from './customer-booking-view';

/**
 * One of the caller's bookings with its status history, oldest first. Who made each change is
 * told as a role, never a user id: the booking's customer → `customer`, no user (a job) →
 * `system`, anyone else (the shop's owner or staff) → `owner`.
 * @throws NotFoundError('Booking') for an unknown id and another customer's booking alike.
 */
export async function getMyBooking({
  ctx,
  input,
}: {
  ctx: { db: Database; customerId: string };
  input: { id: string };
}): Promise<CustomerBookingDetail> {
  const [row] = await selectCustomerBookings(ctx.db)
    .where(and(eq(bookings.id, input.id), eq(bookings.customerId, ctx.customerId)))
    .limit(1);
  if (!row) throw new NotFoundError('Booking');
  const [customer] = await ctx.db.select({ userId: customers.userId }).from(customers).where(eq(customers.id, ctx.customerId));
  const history = await loadStatusHistory(ctx.db, row.booking.id);
  const lines = await loadBookingLines(ctx.db, row.booking.id);
  return {
    ...toCustomerBooking(row),
    statusHistory: history.map((change) => ({
      from: change.fromStatus,
      to: change.toStatus,
      at: change.createdAt.toISOString(),
      by: change.changedByUserId === null ? 'system' : change.changedByUserId === customer?.userId ? 'customer' : 'owner',
      reason: change.reason,
    })),
    lines,
  };
}
