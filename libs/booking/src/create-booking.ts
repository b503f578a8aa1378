import { checkServiceSlot, loadShopService } from '@salon/availability';
import { isExclusionViolation, withTransaction, type Booking, type Transaction } from '@salon/db';
import { announceChange } from './_internal/announce-change';
import { insertBooking } from './_internal/insert-booking';
import { slotJustTaken, slotRefusal } from './_internal/slot-refusal';
import { type BookingContext } from './context';

export type CreateBookingInput = {
  customerId: string;
  shopId: string;
  serviceId: string;
  /** UTC instant the customer picked from the slot list. */
  start: Date;
  /** Omit to let the engine pick (scheduling-cases rule 5). */
  staffId?: string;
  notes?: string | null;
};

/**
 * Books a slot. The engine's `checkSlot` decides, with the same loader and policy as the slot
 * endpoints, inside the transaction that then writes the booking (price, duration, buffers and
 * name snapshotted, per-staff where set), its hold and its first history row. The hold goes in under
 * the exclusion constraint: losing a race is 23P01, which becomes 409 `slot_unavailable`, or,
 * when no stylist was asked for, a new attempt with the next free one.
 * `beforeBook` runs first in that transaction (e.g. a plan limit check under the customer's lock);
 * the `booking-changed` job (emails, invite, reminder) is enqueued in the same transaction, and
 * `onBooked` runs in it too (e.g. to store the idempotent response).
 * @throws NotFoundError (shop, service), ValidationError (staffId), AppError slot_unavailable
 */
export async function createBooking({
  ctx,
  input,
  beforeBook,
  onBooked,
}: {
  ctx: BookingContext;
  input: CreateBookingInput;
  beforeBook?: (tx: Transaction) => Promise<void>;
  onBooked?: (tx: Transaction, booking: Booking) => Promise<void>;
}): Promise<Booking> {
  // Shop (active, not deleted) and service with its performers: one statement.
  const { shop, service } = await loadShopService({
    ctx, input: { shopId: input.shopId, serviceId: input.serviceId, staffId: input.staffId, isActiveOnly: true, where: 'body' },
  });
  const lost: string[] = [];
  // One attempt per performer at most: each lost race removes one candidate.
  for (let attempt = 0; attempt <= service.staff.length; attempt += 1) {
    let chosen: string | undefined;
    try {
      return await withTransaction(ctx, async (tx) => {
        await beforeBook?.(tx);
        const check = await checkServiceSlot({
          ctx: { db: tx, now: ctx.now },
          input: { shop, service, start: input.start, staffId: input.staffId, excludeStaffIds: lost },
        });
        if (!check.isBookable) throw lost.length > 0 && check.reason === 'no_staff_free' ? slotJustTaken() : slotRefusal(check);
        chosen = check.staffId;
        // Booking, hold (under the exclusion constraint) and first history row: one statement.
        const booking = await insertBooking(tx, {
          shopId: shop.id,
          customerId: input.customerId,
          serviceId: input.serviceId,
          staffId: check.staffId,
          start: input.start,
          end: new Date(check.end),
          occupied: { start: new Date(check.occupied.start), end: new Date(check.occupied.end) },
          status: shop.requiresApproval ? 'pending' : 'confirmed',
          currency: shop.currency,
          notes: input.notes ?? null,
          userId: ctx.userId,
          at: ctx.now(),
        });
        await announceChange(tx, booking, { kind: booking.status === 'pending' ? 'booking_pending' : 'booking_confirmed', at: ctx.now() });
        await onBooked?.(tx, booking);
        return booking;
      });
    } catch (error) {
      if (!isExclusionViolation(error) || chosen === undefined) throw error;
      if (input.staffId) throw slotJustTaken();
      lost.push(chosen);
    }
  }
  throw slotJustTaken();
}
