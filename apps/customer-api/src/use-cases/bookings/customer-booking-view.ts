import { bookedServiceOf } from '@salon/booking';
import { type CustomerBooking } from '@salon/contracts-customer';
import { bookings, eq, shops, staff, type Booking, type Database } from '@salon/db';
import { describeInstant } from '@salon/scheduling';

const MINUTE_MS = 60_000;

type CustomerBookingRow = { booking: Booking; shopName: string; timeZone: string; noticeMinutes: number; staffName: string };

/** What a customer's booking view selects (from bookings joined to shops and staff). */
export const customerBookingColumns = {
  booking: bookings,
  shopName: shops.name,
  timeZone: shops.timeZone,
  noticeMinutes: shops.cancellationNoticeMinutes,
  staffName: staff.displayName,
};

/**
 * `select … from bookings` joined to what the customer's view shows. Callers always filter on
 * `bookings.customerId`, so another customer's booking is never read.
 */
export function selectCustomerBookings(db: Database) {
  return db
    .select(customerBookingColumns)
    .from(bookings)
    .innerJoin(shops, eq(shops.id, bookings.shopId))
    .innerJoin(staff, eq(staff.id, bookings.staffId));
}

/** A joined row as the contract's `CustomerBooking`: the stylist's first name only. */
export function toCustomerBooking(row: CustomerBookingRow): CustomerBooking {
  const { booking } = row;
  const local = describeInstant(booking.startsAt, row.timeZone);
  // The shop's zone was validated when it was saved; a failure here is a bug, not the caller's fault.
  if (!local.ok) throw new Error(`cannot describe ${booking.startsAt.toISOString()} in ${row.timeZone}`);
  return {
    id: booking.id,
    shop: { id: booking.shopId, name: row.shopName, timeZone: row.timeZone },
    service: bookedServiceOf(booking),
    staff: { id: booking.staffId, firstName: row.staffName.trim().split(/\s+/)[0] ?? '' },
    status: booking.status,
    startsAt: booking.startsAt.toISOString(),
    endsAt: booking.endsAt.toISOString(),
    localStart: local.value.localStart,
    localDate: local.value.localDate,
    priceMinor: booking.priceMinor,
    currency: booking.currency,
    notes: booking.notes,
    cancellableUntil: new Date(booking.startsAt.getTime() - row.noticeMinutes * MINUTE_MS).toISOString(),
    cancelledAt: booking.cancelledAt?.toISOString() ?? null,
    cancellationReason: booking.cancellationReason,
    createdAt: booking.createdAt.toISOString(),
    updatedAt: booking.updatedAt.toISOString(),
  };
}
