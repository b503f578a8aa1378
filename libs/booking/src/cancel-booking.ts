import { and, bookings, eq, inArray, sql, withTransaction, type Booking } from '@salon/db';
import { AppError, ConflictError } from '@salon/errors';
import { announceChange } from './_internal/announce-change';
import { findBookingFor } from './_internal/find-booking-for';
import { recordStatusChange } from './_internal/record-status-change';
import { releaseHolds } from './_internal/release-holds';
import { type BookingActor, type BookingContext } from './context';
import { ACTIVE_STATUSES } from './transitions';

const MINUTE_MS = 60_000;

/**
 * Cancels a pending or confirmed booking and frees its time at once (holds released in the same
 * transaction), with the customer's and the shop's emails enqueued in it too. A customer may cancel until the shop's cancellation notice before the start; the
 * shop's owner at any time. Cancelling a cancelled booking returns it unchanged (a retried DELETE).
 * @throws NotFoundError (not the actor's), ConflictError (finished, past the notice, or lost a race)
 */
export async function cancelBooking({
  ctx,
  input,
}: {
  ctx: BookingContext;
  input: { bookingId: string; actor: BookingActor; reason?: string | null };
}): Promise<Booking> {
  return withTransaction(ctx, async (tx) => {
    const { booking, shop } = await findBookingFor(tx, input);
    if (booking.status === 'cancelled') return booking;
    if (!ACTIVE_STATUSES.includes(booking.status)) {
      throw new ConflictError(`A ${booking.status.replace('_', '-')} booking cannot be cancelled.`);
    }
    const now = ctx.now();
    const deadline = new Date(booking.startsAt.getTime() - shop.cancellationNoticeMinutes * MINUTE_MS);
    if (input.actor.kind === 'customer' && now > deadline) {
      throw new ConflictError(
        `This booking could be cancelled until ${deadline.toISOString()} (${shop.cancellationNoticeMinutes} minutes before it starts). Contact the salon.`,
      );
    }
    const [cancelled] = await tx
      .update(bookings)
      .set({ status: 'cancelled', cancelledAt: now, cancellationReason: input.reason ?? null, updatedAt: now, version: sql`${bookings.version} + 1` })
      .where(and(eq(bookings.id, booking.id), inArray(bookings.status, [booking.status])))
      .returning();
    if (!cancelled) throw new AppError('conflict', 'Someone else changed this booking just now. Reload it and try again.');
    await releaseHolds(tx, booking.id);
    await recordStatusChange(tx, { bookingId: booking.id, from: booking.status, to: 'cancelled', userId: ctx.userId, reason: input.reason, at: now });
    await announceChange(tx, cancelled, { kind: 'booking_cancelled', at: now, cancelledBy: input.actor.kind === 'customer' ? 'customer' : 'shop' });
    return cancelled;
  });
}
