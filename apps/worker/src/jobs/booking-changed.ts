import { type BookingChangedPayload, type JobQueue } from '@salon/jobs';

const MINUTE_MS = 60_000;

/**
 * Fans a booking change out into one email job per recipient (customer and shop), and schedules
 * the reminder when the change sets a start that is still more than the lead away. Every job it
 * sends has a dedupe key, so running it twice (a crash before it completed) sends each once.
 */
export async function fanOutBookingChange(queue: JobQueue, change: BookingChangedPayload, opts: { reminderLeadMinutes: number }) {
  for (const recipient of ['customer', 'shop'] as const) {
    await queue.send(
      { name: 'send-booking-email', data: { ...change, recipient } },
      { dedupeKey: `${change.bookingId}:${change.kind}:${change.version}:${recipient}` },
    );
  }
  if (change.kind === 'booking_cancelled') return { reminder: 'none (cancelled)' };
  const remindAt = new Date(Date.parse(change.startsAt) - opts.reminderLeadMinutes * MINUTE_MS);
  // Decided against the time of the change, not of this run: a job that waited in a queue does not
  // turn a booking made a week ahead into one "made inside the lead".
  if (remindAt.getTime() <= Date.parse(change.at)) return { reminder: 'none (inside the lead)' };
  await queue.send(
    { name: 'send-booking-reminder', data: { bookingId: change.bookingId, startsAt: change.startsAt } },
    // One reminder per booking and start: approving a pending booking does not add a second one.
    { dedupeKey: `${change.bookingId}:${change.startsAt}`, startAfter: remindAt },
  );
  return { reminder: remindAt.toISOString() };
}
