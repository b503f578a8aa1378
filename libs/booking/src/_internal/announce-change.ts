import { type Booking, type SQL, type Transaction } from '@salon/db';
import { enqueue, enqueueStatement, type BookingChangeKind, type EnqueueOptions, type Job } from '@salon/jobs';

type Change = { kind: BookingChangeKind; at: Date; previousStartsAt?: Date; cancelledBy?: 'customer' | 'shop' };
/** What the job needs of the booking: its row as written (`version` already bumped), or as about to be inserted. */
type AnnouncedBooking = Pick<Booking, 'id' | 'version' | 'staffId' | 'startsAt' | 'endsAt'>;

/**
 * Enqueues the `booking-changed` job in the transaction that made the change, so the emails, the
 * invite update and the reminder exist if and only if the change commits. `booking` is the row as
 * written (its `version` already bumped); one job per booking version.
 */
export async function announceChange(tx: Transaction, booking: AnnouncedBooking, change: Change): Promise<void> {
  await enqueue(tx, ...bookingChangedJob(booking, change));
}

/** announceChange's INSERT, to send in one round trip with the booking's own (createBooking). */
export function announceChangeStatement(booking: AnnouncedBooking, change: Change): Promise<SQL> {
  return enqueueStatement(...bookingChangedJob(booking, change));
}

/** One `booking-changed` job per booking version (the dedupe key). */
function bookingChangedJob(booking: AnnouncedBooking, change: Change): [Job, EnqueueOptions] {
  return [
    {
      name: 'booking-changed',
      data: {
        bookingId: booking.id,
        kind: change.kind,
        version: booking.version,
        staffId: booking.staffId,
        startsAt: booking.startsAt.toISOString(),
        endsAt: booking.endsAt.toISOString(),
        ...(change.previousStartsAt && { previousStartsAt: change.previousStartsAt.toISOString() }),
        ...(change.cancelledBy && { cancelledBy: change.cancelledBy }),
        at: change.at.toISOString(),
      },
    },
    { dedupeKey: `${booking.id}:${booking.version}` },
  ];
}
