import { orderStatusHistory, type BookedFacts } from '@salon/booking';
import { type BookingLine } from '@salon/contracts-common';
import { type CustomerBookingDetail } from '@salon/contracts-customer';
import { bookings, executePrepared, sql, tableRow, type Booking, type BookingStatus, type Database, type SQL } from '@salon/db';
import { NotFoundError } from '@salon/errors';
import { toCustomerBooking } from './customer-booking-view';

// to_char pattern spelling an instant as toISOString does (UTC, milliseconds, Z).
const ISO_UTC = 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"';

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
  return myBookingFrom(await executePrepared<Record<string, unknown>>(ctx.db, myBookingStatement({ customerId: ctx.customerId, id: input.id })));
}

/**
 * getMyBooking's one statement, to send with other statements (POST /bookings sends it with the
 * booking's own writes: createBooking's `readBooked`); `myBookingFrom` reads its rows.
 */
export function myBookingStatement(input: { customerId: string; id: string }): SQL {
  // Raw SQL, not the query builder: it answers every POST /bookings, and building a select of
  // ~30 columns cost more Node CPU than the statement's round trip.
  return sql`
    select b.*, sh.name as shop_name_, sh.time_zone as time_zone_, sh.cancellation_notice_minutes as notice_minutes_,
      st.display_name as staff_name_,
      (select c.user_id from customers c where c.id = ${input.customerId}) as customer_user_id_,
      (select coalesce(json_agg(json_build_object('fromStatus', h.from_status, 'toStatus', h.to_status,
          'atMs', (extract(epoch from h.created_at) * 1000)::int8, 'byUserId', h.changed_by_user_id, 'reason', h.reason)
          order by h.created_at, h.id), '[]') from booking_status_history h where h.booking_id = b.id) as history_,
      -- A visit's services (issue 13) in the same statement: no extra round trip on the booking path.
      (select coalesce(json_agg(json_build_object('serviceId', l.service_id, 'serviceName', l.service_name,
          'staffId', l.staff_id, 'priceMinor', l.price_minor, 'currency', l.currency, 'durationMinutes', l.duration_minutes, 'segments', l.segments,
          'startsAt', to_char(l.starts_at at time zone 'UTC', ${ISO_UTC}), 'endsAt', to_char(l.ends_at at time zone 'UTC', ${ISO_UTC}))
          order by l.position), '[]') from booking_lines l where l.booking_id = b.id) as lines_
    from bookings b
    join shops sh on sh.id = b.shop_id
    join staff st on st.id = b.staff_id
    where b.id = ${input.id} and b.customer_id = ${input.customerId}
    limit 1`;
}

/**
 * The detail from myBookingStatement's rows.
 * @throws NotFoundError('Booking') when there is none (an unknown id and another customer's booking alike)
 */
export function myBookingFrom(rows: Record<string, unknown>[]): CustomerBookingDetail {
  const [found] = rows;
  const row = found && {
    booking: tableRow(bookings, found),
    shopName: found['shop_name_'] as string,
    timeZone: found['time_zone_'] as string,
    noticeMinutes: Number(found['notice_minutes_']),
    staffName: found['staff_name_'] as string,
    customerUserId: found['customer_user_id_'] as string | null,
    history: found['history_'] as HistoryItem[] | string,
    lines: found['lines_'] as BookingLine[] | string,
  };
  if (!row) throw new NotFoundError('Booking');
  const raw = typeof row.history === 'string' ? (JSON.parse(row.history) as HistoryItem[]) : row.history;
  return detailOf(row, raw, typeof row.lines === 'string' ? (JSON.parse(row.lines) as BookingLine[]) : row.lines);
}

/**
 * The detail of a single-service booking createBooking just wrote, from its row and what the slot
 * check read (`describeBooked`): exactly what myBookingFrom gives for it (one history row, by its
 * customer, and no lines), with no read after the write (a third of POST /bookings' Node CPU).
 */
export function newBookingDetail(facts: BookedFacts, customerUserId: string): CustomerBookingDetail {
  const { booking, shop } = facts;
  const row = { booking, shopName: shop.name, timeZone: shop.timeZone, noticeMinutes: shop.cancellationNoticeMinutes, staffName: facts.staffName, customerUserId };
  const created: HistoryItem = { fromStatus: null, toStatus: booking.status, atMs: booking.createdAt.getTime(), byUserId: customerUserId, reason: null };
  return detailOf(row, [created], []);
}

type DetailRow = { booking: Booking; shopName: string; timeZone: string; noticeMinutes: number; staffName: string; customerUserId: string | null };

function detailOf(row: DetailRow, raw: HistoryItem[], lines: BookingLine[]): CustomerBookingDetail {
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
    lines,
  };
}
