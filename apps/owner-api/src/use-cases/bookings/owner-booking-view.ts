import { bookedServiceOf } from '@salon/booking';
import { type OwnerBooking } from '@salon/contracts-owner';
import { bookings, customers, eq, shops, sql, staff, users, type Booking, type Database } from '@salon/db';
import { localInstantOf } from '../_shared/local-instant';

/** What one booking row of the owner's view reads: the booking, its shop's zone, staff and customer. */
const ownerBookingColumns = {
  booking: bookings,
  timeZone: shops.timeZone,
  staffName: staff.displayName,
  customerName: users.displayName,
  customerEmail: users.email,
  // The customer profile's phone is the one they gave for bookings; their account's is the fallback.
  customerPhone: sql<string | null>`coalesce(${customers.phone}, ${users.phone})`,
};

type OwnerBookingRow = {
  booking: Booking;
  timeZone: string;
  staffName: string;
  customerName: string | null;
  customerEmail: string | null;
  customerPhone: string | null;
};

/**
 * `select … from bookings` joined to what the owner's view shows. The shop join is what callers
 * filter the owner on, so a booking of another owner's shop is never read.
 */
export function selectOwnerBookings(db: Database) {
  return db
    .select(ownerBookingColumns)
    .from(bookings)
    .innerJoin(shops, eq(shops.id, bookings.shopId))
    .innerJoin(staff, eq(staff.id, bookings.staffId))
    .innerJoin(customers, eq(customers.id, bookings.customerId))
    .innerJoin(users, eq(users.id, customers.userId));
}

/** A joined row as the contract's `OwnerBooking`. */
export function toOwnerBooking(row: OwnerBookingRow): OwnerBooking {
  const { booking } = row;
  return {
    id: booking.id,
    shopId: booking.shopId,
    status: booking.status,
    startsAt: booking.startsAt.toISOString(),
    endsAt: booking.endsAt.toISOString(),
    timeZone: row.timeZone,
    ...localInstantOf(booking.startsAt, row.timeZone),
    service: bookedServiceOf(booking),
    staff: { id: booking.staffId, displayName: row.staffName },
    customer: { id: booking.customerId, displayName: row.customerName, email: row.customerEmail, phone: row.customerPhone },
    notes: booking.notes,
    cancelledAt: booking.cancelledAt?.toISOString() ?? null,
    cancellationReason: booking.cancellationReason,
    createdAt: booking.createdAt.toISOString(),
    updatedAt: booking.updatedAt.toISOString(),
  };
}
