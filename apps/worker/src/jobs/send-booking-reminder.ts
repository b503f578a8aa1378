import { bookings, eq, type Database } from '@salon/db';
import { type JobQueue, type SendBookingReminderPayload } from '@salon/jobs';

/**
 * Runs at start − lead. The booking is read again now: only a confirmed booking that still starts
 * at `startsAt` is reminded. A cancelled, finished, still-pending or moved one is not (a move
 * scheduled its own, keyed by the new start; an approval re-sends the same key, so one reminder).
 */
export async function sendBookingReminder(deps: { db: Database; queue: JobQueue; now: () => Date }, job: SendBookingReminderPayload) {
  const [booking] = await deps.db.select().from(bookings).where(eq(bookings.id, job.bookingId));
  if (!booking || booking.status !== 'confirmed') return { skipped: `booking ${booking?.status ?? 'gone'}` };
  if (booking.startsAt.getTime() !== Date.parse(job.startsAt)) return { skipped: 'booking moved' };
  const data = {
    bookingId: booking.id,
    kind: 'booking_reminder' as const,
    recipient: 'customer' as const,
    version: booking.version,
    staffId: booking.staffId,
    startsAt: booking.startsAt.toISOString(),
    endsAt: booking.endsAt.toISOString(),
    at: deps.now().toISOString(),
  };
  await deps.queue.send({ name: 'send-booking-email', data }, { dedupeKey: `${booking.id}:booking_reminder:${data.startsAt}:customer` });
  return { reminded: booking.id };
}
