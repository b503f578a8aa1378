import { asc, bookingLines, bookingStatusHistory, eq, type Booking, type BookingStatusChange, type Database } from '@salon/db';
import { orderStatusHistory } from './order-status-history';

/**
 * A booking's status changes in the order they happened (creation first), for either API's view.
 * Rows written in one instant follow the from→to chain, not their random ids.
 */
export async function loadStatusHistory(db: Database, bookingId: string): Promise<BookingStatusChange[]> {
  const rows = await db
    .select()
    .from(bookingStatusHistory)
    .where(eq(bookingStatusHistory.bookingId, bookingId))
    .orderBy(asc(bookingStatusHistory.createdAt), asc(bookingStatusHistory.id));
  return orderStatusHistory(rows);
}

/** What was booked, as snapshotted at booking time (price in minor units, minutes): both APIs show this shape. */
export function bookedServiceOf(booking: Booking) {
  return {
    id: booking.serviceId,
    name: booking.serviceName,
    priceMinor: booking.priceMinor,
    currency: booking.currency,
    durationMinutes: booking.durationMinutes,
    bufferBeforeMinutes: booking.bufferBeforeMinutes,
    bufferAfterMinutes: booking.bufferAfterMinutes,
    segments: timedSegmentsOf(booking),
  };
}

/** The booking's segment snapshot laid from its start (minutes → UTC instants); null without processing time. */
function timedSegmentsOf(booking: Booking) {
  if (!booking.segments) return null;
  let at = booking.startsAt.getTime();
  return booking.segments.map((segment) => {
    const start = new Date(at);
    at += segment.minutes * 60_000;
    return { kind: segment.kind, minutes: segment.minutes, start: start.toISOString(), end: new Date(at).toISOString() };
  });
}

/**
 * The services of a visit of several (issue 13), in order, each with its stylist, snapshot price
 * (minor units), minutes and UTC times; empty for a booking of one service.
 */
export async function loadBookingLines(db: Database, bookingId: string) {
  const rows = await db.select().from(bookingLines).where(eq(bookingLines.bookingId, bookingId)).orderBy(asc(bookingLines.position));
  return rows.map((line) => ({
    serviceId: line.serviceId,
    serviceName: line.serviceName,
    staffId: line.staffId,
    priceMinor: line.priceMinor,
    currency: line.currency,
    durationMinutes: line.durationMinutes,
    segments: line.segments,
    startsAt: line.startsAt.toISOString(),
    endsAt: line.endsAt.toISOString(),
  }));
}
