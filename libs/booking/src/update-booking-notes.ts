import { bookings, eq, withTransaction, type Booking } from '@salon/db';
import { findBookingFor } from './_internal/find-booking-for';
import { type BookingActor, type BookingContext } from './context';

/** Replaces a booking's notes (null clears them), for its customer or its shop's owner, in any status. */
export async function updateBookingNotes({
  ctx,
  input,
}: {
  ctx: BookingContext;
  input: { bookingId: string; actor: BookingActor; notes: string | null };
}): Promise<Booking> {
  return withTransaction(ctx, async (tx) => {
    const { booking } = await findBookingFor(tx, { ...input, forUpdate: true });
    const [updated] = await tx.update(bookings).set({ notes: input.notes, updatedAt: ctx.now() }).where(eq(bookings.id, booking.id)).returning();
    return updated!;
  });
}
