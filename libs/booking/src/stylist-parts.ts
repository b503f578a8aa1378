import { asc, bookingLines, bookings, eq, inArray, or, sql, type Booking, type Database } from '@salon/db';

/** A booking as one stylist works it: the booking itself, or one line of a visit, under the visit's id. */
export type StylistPart = Booking;

/**
 * Each booking as the parts its stylists work, in the input's order: a one-service booking as it is;
 * a visit of several services (issue 13) as one part per line, with the line's stylist, times,
 * length and service name, and the visit's buffers on its outer edges only. One query for all.
 */
export async function loadStylistParts(db: Database, bookings: readonly Booking[]): Promise<StylistPart[][]> {
  const ids = bookings.map((booking) => booking.id);
  const lines = ids.length === 0 ? [] : await db.select().from(bookingLines).where(inArray(bookingLines.bookingId, ids)).orderBy(asc(bookingLines.position));
  return bookings.map((booking) => {
    const own = lines.filter((line) => line.bookingId === booking.id);
    if (own.length === 0) return [booking];
    return own.map((line, index) => ({
      ...booking,
      staffId: line.staffId,
      serviceName: line.serviceName,
      startsAt: line.startsAt,
      endsAt: line.endsAt,
      durationMinutes: line.durationMinutes,
      bufferBeforeMinutes: index === 0 ? booking.bufferBeforeMinutes : 0,
      bufferAfterMinutes: index === own.length - 1 ? booking.bufferAfterMinutes : 0,
    }));
  });
}

/**
 * A `where` condition on `bookings`: the booking is this stylist's, or is a visit with a line of
 * theirs (the booking row names only the first line's stylist).
 */
export const worksOnBooking = (staffId: string) =>
  or(eq(bookings.staffId, staffId), sql`exists (select 1 from ${bookingLines} where ${bookingLines.bookingId} = ${bookings.id} and ${bookingLines.staffId} = ${staffId})`);
