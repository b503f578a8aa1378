import { bookings, executePrepared, sql, tableRow, type Booking, type Transaction } from '@salon/db';
import { NotFoundError } from '@salon/errors';

export type NewBookingRow = {
  shopId: string;
  customerId: string;
  serviceId: string;
  staffId: string;
  start: Date;
  end: Date;
  /** The hold: the booking's time with the service's buffers around it. */
  occupied: { start: Date; end: Date };
  status: 'pending' | 'confirmed';
  currency: string;
  notes: string | null;
  /** Who books (status history), and when (created/updated and the history row). */
  userId: string;
  at: Date;
};

/**
 * Writes a booking, its `service` hold and its first status-history row in one statement (data-
 * modifying CTEs), with the service's name, price, duration and buffers snapshotted from the row
 * (the stylist's own price and duration where set). The hold goes in under the exclusion constraint:
 * an overlap fails the whole statement with 23P01, exactly as separate inserts did.
 * One round trip instead of four (snapshot select, booking, hold, history).
 * @throws NotFoundError('Service') when the service is gone or the stylist no longer performs it
 */
export async function insertBooking(tx: Transaction, row: NewBookingRow): Promise<Booking> {
  const at = row.at.toISOString();
  const rows = await executePrepared(tx, sql`
    with snapshot as (
      select sv.id, sv.name, coalesce(ss.price_minor, sv.price_minor) as price_minor,
             coalesce(ss.duration_minutes, sv.duration_minutes) as duration_minutes,
             sv.buffer_before_minutes, sv.buffer_after_minutes
      from services sv join staff_services ss on ss.service_id = sv.id and ss.staff_id = ${row.staffId}
      where sv.id = ${row.serviceId}
      limit 1
    ), booking as (
      insert into bookings (shop_id, customer_id, service_id, staff_id, starts_at, ends_at, status, service_name, price_minor,
                            currency, duration_minutes, buffer_before_minutes, buffer_after_minutes, notes, created_at, updated_at)
      select ${row.shopId}, ${row.customerId}, snapshot.id, ${row.staffId}, ${row.start.toISOString()}::timestamptz,
             ${row.end.toISOString()}::timestamptz, ${row.status}::booking_status, snapshot.name, snapshot.price_minor, ${row.currency},
             snapshot.duration_minutes, snapshot.buffer_before_minutes, snapshot.buffer_after_minutes, ${row.notes},
             ${at}::timestamptz, ${at}::timestamptz
      from snapshot
      returning *
    ), hold as (
      insert into booking_holds (booking_id, shop_id, staff_id, during)
      select booking.id, booking.shop_id, booking.staff_id,
             tstzrange(${row.occupied.start.toISOString()}::timestamptz, ${row.occupied.end.toISOString()}::timestamptz, '[)')
      from booking
    ), history as (
      insert into booking_status_history (booking_id, from_status, to_status, changed_by_user_id, reason, created_at)
      select booking.id, null, booking.status, ${row.userId}, null, ${at}::timestamptz from booking
    )
    select * from booking`);
  if (!rows[0]) throw new NotFoundError('Service');
  return tableRow(bookings, rows[0]);
}
