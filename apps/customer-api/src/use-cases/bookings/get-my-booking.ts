import { orderStatusHistory } from '@salon/booking';
import { type CustomerBookingDetail } from '@salon/contracts-customer';
import { and, bookings, eq, shops, sql, staff, type BookingStatus, type Database } from '@salon/db';
import { NotFoundError } from '@salon/errors';
import { customerBookingColumns, toCustomerBooking } from './customer-booking-view';

type HistoryItem = { fromStatus: BookingStatus | null; toStatus: BookingStatus; atMs: number; byUserId: string | null; reason: string | null };

/**
 * One of the caller's bookings with its status history, oldest first. Who made each change is
 * told as a role, never a user id: the booking's customer → `customer`, no user (a job) →
 * `system`, anyone else (the shop's owner or staff) → `owner`.
 * One prepared statement (booking with shop and stylist, the customer's user id, the history as
 * json): it also answers every POST /bookings, inside the booking's transaction.
 * @throws NotFoundError('Booking') for an unknown id and another customer's booking alike.
 */
export async function getMyBooking({
  ctx,
  input,
}: {
  ctx: { db: Database; customerId: string };
  input: { id: string };
}): Promise<CustomerBookingDetail> {
  const [row] = await ctx.db
    .select({
      ...customerBookingColumns,
      customerUserId: sql<string | null>`(select c.user_id from customers c where c.id = ${ctx.customerId})`,
      history: sql<HistoryItem[] | string>`(select coalesce(json_agg(json_build_object('fromStatus', h.from_status, 'toStatus', h.to_status,
          'atMs', (extract(epoch from h.created_at) * 1000)::int8, 'byUserId', h.changed_by_user_id, 'reason', h.reason)
          order by h.created_at, h.id), '[]') from booking_status_history h where h.booking_id = ${bookings.id})`,
    })
    .from(bookings)
    .innerJoin(shops, eq(shops.id, bookings.shopId))
    .innerJoin(staff, eq(staff.id, bookings.staffId))
    .where(and(eq(bookings.id, input.id), eq(bookings.customerId, ctx.customerId)))
    .limit(1)
    .prepare('get_my_booking')
    .execute();
  if (!row) throw new NotFoundError('Booking');
  const raw = typeof row.history === 'string' ? (JSON.parse(row.history) as HistoryItem[]) : row.history;
  const history = orderStatusHistory(raw.map((change) => ({ ...change, createdAt: new Date(Number(change.atMs)) })));
  return {
    ...toCustomerBooking(row),
    statusHistory: history.map((change) => ({
      from: change.fromStatus,
      to: change.toStatus,
      at: change.createdAt.toISOString(),
      by: change.byUserId === null ? 'system' : change.byUserId === row.customerUserId ? 'customer' : 'owner',
      reason: change.reason,
    })),
  };
}
