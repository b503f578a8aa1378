import { cancelBooking, changeBookingStatus, updateBookingNotes, type BookingContext } from '@salon/booking';
import { type OwnerBookingDetail, type OwnerUpdateBookingBody } from '@salon/contracts-owner';
import { withTransaction, type Database } from '@salon/db';
import { getOwnerBooking } from './get-owner-booking';

type OwnerCtx = { db: Database; now: () => Date; ownerId: string; userId: string };

/**
 * PUT /bookings/{id}: a status change and/or new notes, in one transaction (both or neither), then
 * the booking as the owner sees it. Another owner's booking is 404; a forbidden transition 409 (the lib's).
 */
export async function updateOwnerBooking({
  ctx,
  input,
}: {
  ctx: OwnerCtx;
  input: { id: string } & OwnerUpdateBookingBody;
}): Promise<OwnerBookingDetail> {
  const actor = { kind: 'owner' as const, ownerId: ctx.ownerId };
  return withTransaction(ctx, async (tx) => {
    const inner: BookingContext = { db: tx as unknown as Database, now: ctx.now, userId: ctx.userId };
    if (input.notes !== undefined) {
      await updateBookingNotes({ ctx: inner, input: { bookingId: input.id, actor, notes: input.notes } });
    }
    if (input.status !== undefined) {
      await changeBookingStatus({ ctx: inner, input: { bookingId: input.id, actor, to: input.status, reason: input.reason ?? null } });
    }
    return getOwnerBooking({ ctx: { db: tx as unknown as Database, ownerId: ctx.ownerId }, input: { id: input.id } });
  });
}

/** DELETE /bookings/{id}/cancel: the shop may cancel a pending or confirmed booking at any time. */
export async function cancelOwnerBooking({
  ctx,
  input,
}: {
  ctx: OwnerCtx;
  input: { id: string; reason?: string };
}): Promise<OwnerBookingDetail> {
  const actor = { kind: 'owner' as const, ownerId: ctx.ownerId };
  await cancelBooking({ ctx, input: { bookingId: input.id, actor, reason: input.reason ?? null } });
  return getOwnerBooking({ ctx, input: { id: input.id } });
}
