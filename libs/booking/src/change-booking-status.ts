import { and, bookings, eq, sql, withTransaction, type Booking, type BookingStatus } from '@salon/db';
import { AppError, ConflictError } from '@salon/errors';
import { announceChange } from './_internal/announce-change';
import { findBookingFor } from './_internal/find-booking-for';
import { recordStatusChange } from './_internal/record-status-change';
import { releaseHolds } from './_internal/release-holds';
import { type BookingActor, type BookingContext } from './context';
import { canTransition } from './transitions';

/** What `changeBookingStatus` can move a booking to; cancelling has its own verb (notice, reason). */
export type StatusChange = 'confirmed' | 'completed' | 'no_show';

/**
 * Confirms a pending booking, completes it, or marks a no-show (only once it has started), for the
 * owner of its shop. One transaction: a compare-and-set on the status the booking had when read
 * (`UPDATE … WHERE status = $from`), so two people changing it at once cannot both win, plus the
 * history row. A completed or no-show booking's holds are released (active holds ⇔ active status),
 * so a no-show's remaining time can be given to a walk-in.
 * @throws NotFoundError (not the actor's), ConflictError (transition not allowed, or lost the race)
 */
export async function changeBookingStatus({
  ctx,
  input,
}: {
  ctx: BookingContext;
  input: { bookingId: string; actor: BookingActor; to: StatusChange; reason?: string | null };
}): Promise<Booking> {
  return withTransaction(ctx, async (tx) => {
    const { booking } = await findBookingFor(tx, input);
    const from = booking.status;
    if (from === input.to) return booking; // idempotent: asking twice for the same state changes nothing
    if (!canTransition(from, input.to)) {
      throw new ConflictError(`A ${label(from)} booking cannot become ${label(input.to)}.`);
    }
    const now = ctx.now();
    if ((input.to === 'completed' || input.to === 'no_show') && booking.startsAt > now) {
      throw new ConflictError(`A booking can be marked ${label(input.to)} only once it has started (${booking.startsAt.toISOString()}).`);
    }
    const [changed] = await tx
      .update(bookings)
      // Only an approval is announced, so only it is a new version of the invite.
      .set({ status: input.to, updatedAt: now, ...(input.to === 'confirmed' && { version: sql`${bookings.version} + 1` }) })
      .where(and(eq(bookings.id, booking.id), eq(bookings.status, from)))
      .returning();
    if (!changed) throw new AppError('conflict', 'Someone else changed this booking just now. Reload it and try again.');
    if (input.to !== 'confirmed') await releaseHolds(tx, booking.id);
    await recordStatusChange(tx, { bookingId: booking.id, from, to: input.to, userId: ctx.userId, reason: input.reason, at: now });
    if (input.to === 'confirmed') await announceChange(tx, changed, { kind: 'booking_approved', at: now });
    return changed;
  });
}

export const label = (status: BookingStatus): string => status.replace('_', '-');
