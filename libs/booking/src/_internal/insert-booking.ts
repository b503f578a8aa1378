import { bookings, sql, tableRow, type Booking, type ServiceSegment, type SQL } from '@salon/db';
import { NotFoundError } from '@salon/errors';

export type NewBookingRow = {
  /** Made by the caller (randomUUID), so statements sent with this one can name the booking. */
  id: string;
  shopId: string;
  customerId: string;
  serviceId: string;
  staffId: string;
  start: Date;
  end: Date;
  /**
   * The holds: the booking's active time with the service's buffers on the outer edges; one range
   * (the whole appointment) without processing time, one per active stretch with it (issue 13).
   */
  holds: { start: Date; end: Date }[];
  /** Snapshot of the service's active/processing segments; null without processing time. */
  segments: ServiceSegment[] | null;
  status: 'pending' | 'confirmed';
  currency: string;
  notes: string | null;
  /** Who books (status history), and when (created/updated and the history row). */
  userId: string;
  at: Date;
};

/**
 * The statement writing a booking, its holds and its first status-history row (data-modifying
 * CTEs), with the service's name, price, duration and buffers snapshotted from the row (the
 * stylist's own price and duration where set). The hold goes in under the exclusion constraint:
 * an overlap fails the whole statement with 23P01, exactly as separate inserts did. It returns the
 * booking row (version 1: the job sent with it says so), or no row when the service is gone or the stylist no longer performs it
 * (`insertedBooking` turns that into NotFoundError). Send it with `executePipelined`.
 */
// Each value is bound once (the stylist and the instant are reused through the snapshot): the
// parameters are most of what goes over the wire, and the whole one-trip write stays under 1 kB.
export function insertBookingStatement(row: NewBookingRow): SQL {
  const at = row.at.toISOString();
  return sql`
    with snapshot as (
      select sv.id, sv.name, coalesce(ss.price_minor, sv.price_minor) as price_minor,
             coalesce(ss.duration_minutes, sv.duration_minutes) as duration_minutes,
             sv.buffer_before_minutes, sv.buffer_after_minutes, ss.staff_id, ${at}::timestamptz as at
      from services sv join staff_services ss on ss.service_id = sv.id and ss.staff_id = ${row.staffId}
      where sv.id = ${row.serviceId}
      limit 1
    ), booking as (
      insert into bookings (id, shop_id, customer_id, service_id, staff_id, starts_at, ends_at, status, service_name, price_minor,
                            currency, duration_minutes, buffer_before_minutes, buffer_after_minutes, segments, notes, created_at, updated_at, version)
      select ${row.id}::uuid, ${row.shopId}, ${row.customerId}, snapshot.id, snapshot.staff_id, ${row.start.toISOString()}::timestamptz,
             ${row.end.toISOString()}::timestamptz, ${row.status}::booking_status, snapshot.name, snapshot.price_minor, ${row.currency},
             snapshot.duration_minutes, snapshot.buffer_before_minutes, snapshot.buffer_after_minutes,
             ${row.segments === null ? null : JSON.stringify(row.segments)}::jsonb, ${row.notes},
             snapshot.at, snapshot.at, 1
      from snapshot
      returning *
    ), hold as (
      insert into booking_holds (booking_id, shop_id, staff_id, during)
      select booking.id, booking.shop_id, booking.staff_id, tstzrange(h.starts_at, h.ends_at, '[)')
      from booking, unnest(${pgArray(row.holds.map((hold) => hold.start))}::timestamptz[], ${pgArray(row.holds.map((hold) => hold.end))}::timestamptz[]) as h(starts_at, ends_at)
    ), history as (
      insert into booking_status_history (booking_id, from_status, to_status, changed_by_user_id, reason, created_at)
      select booking.id, null, booking.status, ${row.userId}, null, booking.created_at from booking
    )
    select * from booking`;
}

/**
 * The booking insertBookingStatement wrote, from its rows.
 * @throws NotFoundError('Service') when it wrote none (the service is gone or the stylist no longer performs it)
 */
export function insertedBooking(rows: Record<string, unknown>[]): Booking {
  if (!rows[0]) throw new NotFoundError('Service');
  return tableRow(bookings, rows[0]);
}

/** A PostgreSQL array literal of instants, one text parameter (the hold count varies; the statement stays one prepared text). */
const pgArray = (instants: Date[]): string => `{${instants.map((instant) => instant.toISOString()).join(',')}}`;
