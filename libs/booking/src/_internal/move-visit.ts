import { checkServiceVisit, loadService } from '@salon/availability';
import { asc, bookingHolds, bookingLines, bookings, eq, sql, type Booking, type Shop, type Transaction } from '@salon/db';
import { ValidationError } from '@salon/errors';
import { announceChange } from './announce-change';
import { lockStaff } from './lock-staff';
import { slotRefusal } from './slot-refusal';

const MINUTE_MS = 60_000;

/**
 * Moves a visit of several services (issue 13) to `start` as a whole: every line keeps its stylist
 * and order, the engine re-checks the whole sequence ignoring the visit's own holds, then the old
 * holds go, the new ones (all lines) go in under the exclusion constraint, and the booking and
 * its lines get the new times. `undefined` when the booking is not a visit.
 * @throws ValidationError (a new staffId: a visit's stylists are per line), AppError slot_unavailable
 */
export async function moveVisit(
  tx: Transaction,
  args: { booking: Booking; shop: Shop; start: Date; staffId?: string; now: () => Date },
): Promise<Booking | undefined> {
  const { booking, shop } = args;
  const lines = await tx.select().from(bookingLines).where(eq(bookingLines.bookingId, booking.id)).orderBy(asc(bookingLines.position));
  if (lines.length === 0) return undefined;
  if (args.staffId !== undefined && args.staffId !== booking.staffId) {
    const message = 'A visit of several services keeps each service\'s stylist: move its time only.';
    throw new ValidationError(message, [{ path: 'body.staffId', message }]);
  }
  const services = await Promise.all(
    lines.map((line) => loadService({ ctx: { db: tx }, input: { shopId: shop.id, serviceId: line.serviceId, staffId: line.staffId, isActiveOnly: false, where: 'body' } })),
  );
  await lockStaff(tx, [...new Set(lines.map((line) => line.staffId))]);
  const check = await checkServiceVisit({
    ctx: { db: tx, now: args.now },
    input: { shop, start: args.start, ignoreBookingId: booking.id, lines: services.map((service, index) => ({ service, staffId: lines[index]!.staffId })) },
  });
  if (!check.isBookable) throw slotRefusal(check);
  await tx.delete(bookingHolds).where(eq(bookingHolds.bookingId, booking.id));
  await tx.insert(bookingHolds).values(check.lines.flatMap((line) => line.holds.map((hold) => ({
    bookingId: booking.id, shopId: shop.id, staffId: line.staffId, during: { start: new Date(hold.start), end: new Date(hold.end) },
  }))));
  for (const [index, line] of check.lines.entries()) {
    await tx.update(bookingLines).set({ startsAt: new Date(line.start), endsAt: new Date(line.end) }).where(eq(bookingLines.id, lines[index]!.id));
  }
  const end = new Date(check.end);
  const isChanged = args.start.getTime() !== booking.startsAt.getTime();
  const [moved] = await tx
    .update(bookings)
    .set({
      startsAt: args.start, endsAt: end, durationMinutes: Math.round((end.getTime() - args.start.getTime()) / MINUTE_MS), updatedAt: args.now(),
      ...(isChanged && { version: sql`${bookings.version} + 1` }),
    })
    .where(eq(bookings.id, booking.id))
    .returning();
  if (isChanged) await announceChange(tx, moved!, { kind: 'booking_rescheduled', at: args.now(), previousStartsAt: booking.startsAt });
  return moved!;
}
