import { checkServiceSlot, loadService } from '@salon/availability';
import {
  and, bookingHolds, bookings, eq, isExclusionViolation, isNull, services, shops, staffServices, withTransaction,
  type Booking, type Database, type Shop, type Transaction,
} from '@salon/db';
import { NotFoundError } from '@salon/errors';
import { announceChange } from './_internal/announce-change';
import { recordStatusChange } from './_internal/record-status-change';
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
  const shop = await findBookableShop(ctx.db, input.shopId);
  const service = await loadService({ ctx, input: { shopId: shop.id, serviceId: input.serviceId, staffId: input.staffId, isActiveOnly: true, where: 'body' } });
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
        const booking = await insertBooking(tx, { ctx, input, shop, staffId: check.staffId, end: new Date(check.end) });
        await tx.insert(bookingHolds).values({
          bookingId: booking.id,
          shopId: shop.id,
          staffId: check.staffId,
          during: { start: new Date(check.occupied.start), end: new Date(check.occupied.end) },
        });
        await recordStatusChange(tx, { bookingId: booking.id, from: null, to: booking.status, userId: ctx.userId, at: ctx.now() });
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

async function findBookableShop(db: Database, shopId: string): Promise<Shop> {
  const [shop] = await db.select().from(shops).where(and(eq(shops.id, shopId), eq(shops.isActive, true), isNull(shops.deletedAt))).limit(1);
  if (!shop) throw new NotFoundError('Shop');
  return shop;
}

async function insertBooking(
  tx: Transaction,
  args: { ctx: BookingContext; input: CreateBookingInput; shop: Shop; staffId: string; end: Date },
): Promise<Booking> {
  const { input, shop } = args;
  const [row] = await tx
    .select({ service: services, ownPrice: staffServices.priceMinor, ownDuration: staffServices.durationMinutes })
    .from(services)
    .innerJoin(staffServices, and(eq(staffServices.serviceId, services.id), eq(staffServices.staffId, args.staffId)))
    .where(eq(services.id, input.serviceId))
    .limit(1);
  if (!row) throw new NotFoundError('Service');
  const [booking] = await tx
    .insert(bookings)
    .values({
      shopId: shop.id,
      customerId: input.customerId,
      serviceId: row.service.id,
      staffId: args.staffId,
      startsAt: input.start,
      endsAt: args.end,
      status: shop.requiresApproval ? 'pending' : 'confirmed',
      serviceName: row.service.name,
      priceMinor: row.ownPrice ?? row.service.priceMinor,
      currency: shop.currency,
      durationMinutes: row.ownDuration ?? row.service.durationMinutes,
      bufferBeforeMinutes: row.service.bufferBeforeMinutes,
      bufferAfterMinutes: row.service.bufferAfterMinutes,
      notes: input.notes ?? null,
      createdAt: args.ctx.now(),
      updatedAt: args.ctx.now(),
    })
    .returning();
  return booking!;
}
