import { checkServiceSlot, loadService } from '@salon/availability';
import { and, bookingHolds, bookings, eq, isExclusionViolation, sql, staffServices, withTransaction, type Booking } from '@salon/db';
import { ConflictError } from '@salon/errors';
import { announceChange } from './_internal/announce-change';
import { findBookingFor } from './_internal/find-booking-for';
import { holdRows, segmentsOf } from './_internal/hold-rows';
import { lockStaff } from './_internal/lock-staff';
import { moveVisit } from './_internal/move-visit';
import { slotJustTaken, slotRefusal } from './_internal/slot-refusal';
import { type BookingActor, type BookingContext } from './context';
import { ACTIVE_STATUSES } from './transitions';

const MINUTE_MS = 60_000;

/**
 * Moves a pending or confirmed booking to a new `start` and/or stylist (default: the same one).
 * Atomic: in one transaction the engine checks the new time (ignoring the booking's own hold, so
 * moving over its own time works: case 12), the old holds are released, the new one is taken under
 * the exclusion constraint and the booking updated; a failed move leaves it exactly as it was.
 * A real move (new start or stylist) bumps the version and enqueues the emails in the same transaction.
 * A customer may move it until the shop's cancellation notice; the owner any time.
 * @throws NotFoundError, ConflictError (finished, past the notice), AppError slot_unavailable, ValidationError
 */
export async function rescheduleBooking({
  ctx,
  input,
}: {
  ctx: BookingContext;
  input: { bookingId: string; actor: BookingActor; start?: Date; staffId?: string };
}): Promise<Booking> {
  try {
    return await withTransaction(ctx, async (tx) => {
      const { booking, shop } = await findBookingFor(tx, { ...input, forUpdate: true });
      if (!ACTIVE_STATUSES.includes(booking.status)) throw new ConflictError(`A ${booking.status.replace('_', '-')} booking cannot be moved.`);
      const now = ctx.now();
      if (input.actor.kind === 'customer' && now.getTime() > booking.startsAt.getTime() - shop.cancellationNoticeMinutes * MINUTE_MS) {
        throw new ConflictError('This booking can no longer be moved online: it starts within the shop\'s cancellation notice. Contact the salon.');
      }
      // A visit of several services moves as a whole, every line re-checked (issue 13).
      const visit = await moveVisit(tx, { booking, shop, start: input.start ?? booking.startsAt, staffId: input.staffId, now: ctx.now });
      if (visit) return visit;
      const staffId = input.staffId ?? booking.staffId;
      const start = input.start ?? booking.startsAt;
      const service = await loadService({
        ctx: { db: tx },
        // A booking of a since switched-off service stays movable; a switched-off stylist is not found for a customer (as on POST).
        input: { shopId: shop.id, serviceId: booking.serviceId, staffId, isActiveOnly: false, staffActiveOnly: input.actor.kind === 'customer', where: 'body' },
      });
      await lockStaff(tx, [booking.staffId, staffId]);
      const check = await checkServiceSlot({ ctx: { db: tx, now: ctx.now }, input: { shop, service, start, staffId, ignoreBookingId: booking.id } });
      if (!check.isBookable) throw slotRefusal(check);
      await tx.delete(bookingHolds).where(eq(bookingHolds.bookingId, booking.id));
      await tx.insert(bookingHolds).values(holdRows(check, { bookingId: booking.id, shopId: shop.id }));
      const [own] = await tx
        .select({ priceMinor: staffServices.priceMinor })
        .from(staffServices)
        .where(and(eq(staffServices.staffId, staffId), eq(staffServices.serviceId, booking.serviceId)));
      const end = new Date(check.end);
      const isChanged = start.getTime() !== booking.startsAt.getTime() || staffId !== booking.staffId;
      const [moved] = await tx
        .update(bookings)
        .set({
          startsAt: start,
          endsAt: end,
          staffId,
          durationMinutes: Math.round((end.getTime() - start.getTime()) / MINUTE_MS),
          segments: segmentsOf(check),
          // A new stylist brings their own price; the same stylist keeps the price agreed at booking.
          ...(staffId !== booking.staffId && own?.priceMinor != null && { priceMinor: own.priceMinor }),
          updatedAt: now,
          ...(isChanged && { version: sql`${bookings.version} + 1` }),
        })
        .where(eq(bookings.id, booking.id))
        .returning();
      if (isChanged) await announceChange(tx, moved!, { kind: 'booking_rescheduled', at: now, previousStartsAt: booking.startsAt });
      return moved!;
    });
  } catch (error) {
    if (isExclusionViolation(error)) throw slotJustTaken();
    throw error;
  }
}
