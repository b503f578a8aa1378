import { checkServiceSlot, loadShopService } from '@salon/availability';
import { randomUUID } from 'node:crypto';
import { executePipelined, isExclusionViolation, withTransaction, type Booking, type Transaction } from '@salon/db';
import { announceChangeStatement } from './_internal/announce-change';
import { segmentsOf } from './_internal/hold-rows';
import { insertBookingStatement, insertedBooking, type NewBookingRow } from './_internal/insert-booking';
import { createVisitBooking } from './create-visit-booking';
import { slotJustTaken, slotRefusal } from './_internal/slot-refusal';
import { type BookingContext, type BookingHooks, type OnBooked } from './context';

export type CreateBookingInput = {
  customerId: string;
  shopId: string;
  serviceId: string;
  /** UTC instant the customer picked from the slot list. */
  start: Date;
  /** Omit to let the engine pick (scheduling-cases rule 5). */
  staffId?: string;
  notes?: string | null;
  /**
   * Several services in one visit (issue 13), in order, each optionally with its stylist; 2–5.
   * When given, `serviceId` is the first line's, `staffId` is ignored, and createVisitBooking books it.
   */
  lines?: { serviceId: string; staffId?: string }[];
};

/**
 * Books a slot. The engine's `checkSlot` decides, with the same loader and policy as the slot
 * endpoints, inside the transaction that then writes the booking (price, duration, buffers and
 * name snapshotted, per-staff where set), its hold and its first history row. The hold goes in under
 * the exclusion constraint: losing a race is 23P01, which becomes 409 `slot_unavailable`, or,
 * when no stylist was asked for, a new attempt with the next free one.
 * `beforeBook` runs in that transaction beside the slot check (e.g. a plan limit check under the
 * customer's lock; its refusal wins over the slot's); the `booking-changed` job (emails, invite,
 * reminder) is enqueued in the same transaction, and `onBooked` runs in it too. Round trips: the
 * plan and slot reads go out together, then the booking, its job and onBooked's first read.
 * @throws NotFoundError (shop, service), ValidationError (staffId), AppError slot_unavailable
 */
export async function createBooking({
  ctx,
  input,
  beforeBook,
  onBooked,
}: { ctx: BookingContext; input: CreateBookingInput } & BookingHooks): Promise<Booking> {
  // Shop (active, not deleted) and service with its performers: one statement.
  const { shop, service } = await loadShopService({
    ctx, input: { shopId: input.shopId, serviceId: input.serviceId, staffId: input.lines ? undefined : input.staffId, isActiveOnly: true, where: 'body' },
  });
  if (input.lines) return createVisitBooking({ ctx, input: { customerId: input.customerId, shop, start: input.start, lines: input.lines, notes: input.notes }, beforeBook, onBooked });
  const lost: string[] = [];
  // One attempt per performer at most: each lost race removes one candidate.
  for (let attempt = 0; attempt <= service.staff.length; attempt += 1) {
    let chosen: string | undefined;
    try {
      return await withTransaction(ctx, async (tx) => {
        const [, check] = await Promise.all([
          beforeBook?.(tx),
          checkServiceSlot({ ctx: { db: tx, now: ctx.now }, input: { shop, service, start: input.start, staffId: input.staffId, excludeStaffIds: lost } }),
        ]);
        if (!check.isBookable) throw lost.length > 0 && check.reason === 'no_staff_free' ? slotJustTaken() : slotRefusal(check);
        chosen = check.staffId;
        return await writeBooking(tx, {
          id: randomUUID(),
          shopId: shop.id,
          customerId: input.customerId,
          serviceId: input.serviceId,
          staffId: check.staffId,
          start: input.start,
          end: new Date(check.end),
          // One hold per active stretch (processing time leaves the stylist free between them).
          holds: check.holds.map((hold) => ({ start: new Date(hold.start), end: new Date(hold.end) })),
          segments: segmentsOf(check),
          status: shop.requiresApproval ? 'pending' : 'confirmed',
          currency: shop.currency,
          notes: input.notes ?? null,
          userId: ctx.userId,
          at: ctx.now(),
        }, onBooked);
      });
    } catch (error) {
      if (!isExclusionViolation(error) || chosen === undefined) throw error;
      if (input.staffId) throw slotJustTaken();
      lost.push(chosen);
    }
  }
  throw slotJustTaken();
}

/**
 * Booking, holds and first history row (one statement, under the exclusion constraint), its
 * `booking-changed` job and onBooked's first read: sent together, one round trip on PostgreSQL.
 */
async function writeBooking(tx: Transaction, row: NewBookingRow, onBooked: OnBooked | undefined): Promise<Booking> {
  const job = await announceChangeStatement(
    { id: row.id, version: 1, staffId: row.staffId, startsAt: row.start, endsAt: row.end },
    { kind: row.status === 'pending' ? 'booking_pending' : 'booking_confirmed', at: row.at },
  );
  const writes = executePipelined(tx, [insertBookingStatement(row), job]);
  if (!writes.isQueued) await writes.rows;
  const booked = onBooked?.(tx, { id: row.id });
  // A failed insert fails onBooked's read too (25P02): the insert's own error is the one to throw.
  booked?.catch(() => undefined);
  const booking = insertedBooking((await writes.rows)[0]!);
  await booked;
  return booking;
}
