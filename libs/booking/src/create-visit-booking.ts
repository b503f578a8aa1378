import { checkServiceVisit, loadService } from '@salon/availability';
import {
  and, bookingHolds, bookingLines, bookings, eq, executePrepared, inArray, isExclusionViolation, services as servicesTable, staffServices, withTransaction,
  type Booking, type ServiceSegment, type Shop, type Transaction,
} from '@salon/db';
import { ValidationError } from '@salon/errors';
import { type VisitLineTimes } from '@salon/scheduling';
import { announceChange } from './_internal/announce-change';
import { recordStatusChange } from './_internal/record-status-change';
import { slotJustTaken, slotRefusal } from './_internal/slot-refusal';
import { type BookingContext, type BookingHooks } from './context';

const MINUTE_MS = 60_000;

export type VisitBookingInput = {
  customerId: string;
  shop: Shop;
  /** UTC instant of the first service's start, as the visit listing gives it. */
  start: Date;
  /** The services in order (2–5), each optionally with its stylist. */
  lines: { serviceId: string; staffId?: string }[];
  notes?: string | null;
};

/**
 * Books several services back to back in one transaction (issue 13): the engine's `checkVisit`
 * decides with the same loader and policy as the slot endpoints, then the booking (the visit:
 * first line's service and stylist, total price and duration), one `booking_lines` row per service
 * (its own price, duration, segments and times), every line's holds and the `booking-changed` job go
 * in, all or nothing (`beforeBook` first, as for one service: the plan limit). A hold
 * lost to a concurrent booking is 23P01 → 409 `slot_unavailable`.
 * @throws NotFoundError (service), ValidationError (lines[i].staffId), AppError slot_unavailable
 */
export async function createVisitBooking({
  ctx,
  input,
  beforeBook,
  onBooked,
  readBooked,
}: { ctx: BookingContext; input: VisitBookingInput } & BookingHooks): Promise<Booking> {
  const { shop } = input;
  const services = await Promise.all(
    input.lines.map(async (line, index) => {
      try {
        return await loadService({ ctx, input: { shopId: shop.id, serviceId: line.serviceId, staffId: line.staffId, isActiveOnly: true, where: 'body' } });
      } catch (error) {
        if (error instanceof ValidationError) throw new ValidationError(error.message, [{ path: `body.lines.${index}.staffId`, message: error.message }]);
        throw error;
      }
    }),
  );
  try {
    return await withTransaction(ctx, async (tx) => {
      await beforeBook?.(tx);
      const check = await checkServiceVisit({
        ctx: { db: tx, now: ctx.now },
        input: { shop, start: input.start, lines: services.map((service, index) => ({ service, ...(input.lines[index]!.staffId && { staffId: input.lines[index]!.staffId }) })) },
      });
      if (!check.isBookable) throw slotRefusal(check);
      const priced = await priceLines(tx, check.lines, services.map((service) => ({ id: service.id, name: service.name })));
      const first = check.lines[0]!;
      const [booking] = await tx.insert(bookings).values({
        shopId: shop.id,
        customerId: input.customerId,
        serviceId: services[0]!.id,
        staffId: first.staffId,
        startsAt: input.start,
        endsAt: new Date(check.end),
        status: shop.requiresApproval ? 'pending' : 'confirmed',
        serviceName: services.map((service) => service.name).join(' + '),
        priceMinor: priced.reduce((sum, line) => sum + line.priceMinor, 0),
        currency: shop.currency,
        durationMinutes: Math.round((Date.parse(check.end) - input.start.getTime()) / MINUTE_MS),
        bufferBeforeMinutes: services[0]!.bufferBeforeMinutes,
        bufferAfterMinutes: services[services.length - 1]!.bufferAfterMinutes,
        notes: input.notes ?? null,
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
      }).returning();
      await tx.insert(bookingLines).values(priced.map((line, position) => ({ ...line, bookingId: booking!.id, shopId: shop.id, currency: shop.currency, position })));
      await tx.insert(bookingHolds).values(check.lines.flatMap((line) => line.holds.map((hold) => ({
        bookingId: booking!.id, shopId: shop.id, staffId: line.staffId, during: { start: new Date(hold.start), end: new Date(hold.end) },
      }))));
      await recordStatusChange(tx, { bookingId: booking!.id, from: null, to: booking!.status, userId: ctx.userId, at: ctx.now() });
      await announceChange(tx, booking!, { kind: booking!.status === 'pending' ? 'booking_pending' : 'booking_confirmed', at: ctx.now() });
      if (readBooked) readBooked.take(await executePrepared(tx, readBooked.statement(booking!.id)));
      await onBooked?.(tx, booking!);
      return booking!;
    });
  } catch (error) {
    if (isExclusionViolation(error)) throw slotJustTaken();
    throw error;
  }
}

/** Each line's snapshot: the stylist's own price where set, else the service's (read in the transaction). */
async function priceLines(tx: Transaction, lines: VisitLineTimes[], services: { id: string; name: string }[]) {
  const rows = await tx
    .select({ staffId: staffServices.staffId, serviceId: staffServices.serviceId, own: staffServices.priceMinor, base: servicesTable.priceMinor })
    .from(staffServices)
    .innerJoin(servicesTable, eq(servicesTable.id, staffServices.serviceId))
    .where(and(inArray(staffServices.serviceId, services.map((service) => service.id)), inArray(staffServices.staffId, lines.map((line) => line.staffId))));
  return lines.map((line, index) => {
    const service = services[index]!;
    const row = rows.find((item) => item.serviceId === service.id && item.staffId === line.staffId);
    const segments: ServiceSegment[] | null = line.segments.some((segment) => segment.kind === 'processing')
      ? line.segments.map((segment) => ({ kind: segment.kind, minutes: (Date.parse(segment.end) - Date.parse(segment.start)) / MINUTE_MS }))
      : null;
    return {
      serviceId: service.id,
      staffId: line.staffId,
      serviceName: service.name,
      priceMinor: row?.own ?? row?.base ?? 0,
      durationMinutes: Math.round((Date.parse(line.end) - Date.parse(line.start)) / MINUTE_MS),
      segments,
      startsAt: new Date(line.start),
      endsAt: new Date(line.end),
    };
  });
}
