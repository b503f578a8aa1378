import { type Booking, type BookingStatus } from '@salon/db';
import ical, { ICalEventStatus } from 'ical-generator';

/** One booking as the feed shows it. */
export type FeedEvent = { booking: Booking; staffName: string; customerName: string | null };

/** SEQUENCE counts seconds of `updatedAt` since this date: it grows with every change and fits in 32 bits until 2093. */
const SEQUENCE_EPOCH_MS = Date.UTC(2025, 0, 1);
/** How often calendar apps are asked to refresh (REFRESH-INTERVAL / X-PUBLISHED-TTL), in seconds. */
const REFRESH_SECONDS = 15 * 60;

const STATUS: Record<BookingStatus, ICalEventStatus> = {
  pending: ICalEventStatus.TENTATIVE,
  confirmed: ICalEventStatus.CONFIRMED,
  completed: ICalEventStatus.CONFIRMED,
  no_show: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
};

/**
 * An RFC 5545 VCALENDAR built by ical-generator (escaping and line folding are its job, never
 * string concatenation). Times are UTC (`…Z`), so no VTIMEZONE is needed; UIDs are stable per booking
 * so a calendar app updates an event in place when its SEQUENCE grows.
 */
export function renderCalendar(input: { shopName: string; generatedAt: Date; events: FeedEvent[] }): string {
  const calendar = ical({
    name: input.shopName,
    prodId: { company: 'salon', product: 'owner-api', language: 'EN' },
    ttl: REFRESH_SECONDS,
  });
  for (const { booking, staffName, customerName } of input.events) {
    calendar.createEvent({
      id: `${booking.id}@salon`,
      start: booking.startsAt,
      end: booking.endsAt,
      stamp: input.generatedAt,
      created: booking.createdAt,
      lastModified: booking.updatedAt,
      sequence: Math.max(0, Math.floor((booking.updatedAt.getTime() - SEQUENCE_EPOCH_MS) / 1000)),
      summary: `${booking.serviceName} – ${customerName ?? 'Customer'}`,
      description: `Staff: ${staffName}\nBooking status: ${booking.status.replace('_', '-')}`,
      status: STATUS[booking.status],
    });
  }
  return calendar.toString();
}
