import { type Booking, type Transaction } from '@salon/db';
import { enqueue, type BookingChangeKind } from '@salon/jobs';

/**
 * Enqueues the `booking-changed` job in the transaction that made the change, so the emails, the
 * invite update and the reminder exist if and only if the change commits. `booking` is the row as
 * written (its `version` already bumped); one job per booking version.
 */
export async function announceChange(
  tx: Transaction,
  booking: Booking,
  change: { kind: BookingChangeKind; at: Date; previousStartsAt?: Date; cancelledBy?: 'customer' | 'shop' },
): Promise<void> {
  await enqueue(
    tx,
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
  );
}
