import { cancelBooking, rescheduleBooking, updateBookingNotes, type BookingActor, type BookingContext } from '@salon/booking';
import { type CustomerBookingDetail, type UpdateBookingBody } from '@salon/contracts-customer';
import { withTransaction, type Database } from '@salon/db';
import { type CustomerContext } from '../../routes/customer-context';
import { getMyBooking } from './get-my-booking';

/**
 * PUT /bookings/{id}: a move (start and/or stylist, through rescheduleBooking) and/or new notes,
 * in one transaction the lib verbs reuse: both happen or neither. Another customer's booking is 404.
 */
export async function updateMyBooking({
  ctx,
  input,
}: {
  ctx: CustomerContext;
  input: { id: string } & UpdateBookingBody;
}): Promise<CustomerBookingDetail> {
  const actor: BookingActor = { kind: 'customer', customerId: ctx.customerId };
  return withTransaction(ctx, async (tx) => {
    const db = tx as unknown as Database;
    const inner: BookingContext = { db, now: ctx.now, userId: ctx.actor.userId };
    if (input.start !== undefined || input.staffId !== undefined) {
      const start = input.start === undefined ? undefined : new Date(input.start);
      await rescheduleBooking({ ctx: inner, input: { bookingId: input.id, actor, start, staffId: input.staffId } });
    }
    if (input.notes !== undefined) {
      await updateBookingNotes({ ctx: inner, input: { bookingId: input.id, actor, notes: input.notes } });
    }
    return getMyBooking({ ctx: { db, customerId: ctx.customerId }, input: { id: input.id } });
  });
}

/** DELETE /bookings/{id}/cancel: allowed until the shop's cancellation notice (409 naming the deadline after). */
export async function cancelMyBooking({
  ctx,
  input,
}: {
  ctx: CustomerContext;
  input: { id: string; reason?: string };
}): Promise<CustomerBookingDetail> {
  const actor: BookingActor = { kind: 'customer', customerId: ctx.customerId };
  await cancelBooking({ ctx: { db: ctx.db, now: ctx.now, userId: ctx.actor.userId }, input: { bookingId: input.id, actor, reason: input.reason ?? null } });
  return getMyBooking({ ctx, input: { id: input.id } });
}
