import { checkServiceSlot, loadShopService, type ServiceSlotCheck } from '@salon/availability';
import { randomUUID } from 'node:crypto';
import {
  awaitAll, executeInTransaction, executePipelined, isExclusionViolation, isStaleRead, withReservedConnection, withTransaction, type Booking, type Database, type SQL, type Transaction,
} from '@salon/db';
import { announceChangeStatement } from './_internal/announce-change';
import { segmentsOf } from './_internal/hold-rows';
import { insertBookingStatement, insertedBooking, type NewBookingRow } from './_internal/insert-booking';
import { createVisitBooking } from './create-visit-booking';
import { slotJustTaken, slotRefusal } from './_internal/slot-refusal';
import { type BookedRead, type BookingContext, type BookingHooks, type OnBooked } from './context';

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
 * endpoints; then one transaction writes the booking (price, duration, buffers and name
 * snapshotted, per-staff where set), its holds, its first history row and its `booking-changed` job
 * (emails, invite, reminder). The hold goes in under the exclusion constraint: losing a race is
 * 23P01, which becomes 409 `slot_unavailable`, or, when no stylist was asked for, a new attempt with
 * the next free one. Round trips on PostgreSQL: shop and service; slot (and oneTripGuard) reads;
 * then BEGIN, oneTripGuard's statements, the writes, COMMIT and readBooked's read together. When
 * beforeBook has work (a limited plan: its count under the customer's lock), the guard fails (SR001:
 * the plan changed meanwhile) or onBooked is given, the check runs in the transaction beside
 * beforeBook and onBooked after the writes (two more trips).
 * @throws NotFoundError (shop, service), ValidationError (staffId), AppError slot_unavailable
 */
export async function createBooking({
  ctx,
  input,
  beforeBook,
  oneTripGuard,
  onBooked,
  readBooked,
  describeBooked,
}: { ctx: BookingContext; input: CreateBookingInput } & BookingHooks): Promise<Booking> {
  // Shop (active, not deleted) and service with its performers: one statement.
  const { shop, service } = await loadShopService({
    ctx, input: { shopId: input.shopId, serviceId: input.serviceId, staffId: input.lines ? undefined : input.staffId, isActiveOnly: true, where: 'body' },
  });
  if (input.lines) return createVisitBooking({ ctx, input: { customerId: input.customerId, shop, start: input.start, lines: input.lines, notes: input.notes }, beforeBook, onBooked, readBooked });
  // Without work that needs the open transaction, the slot is checked first and the writes go in one trip.
  const mayTakeOneTrip = !onBooked && (!beforeBook || oneTripGuard !== undefined);
  const lost: string[] = [];
  // One attempt per performer at most: each lost race removes one candidate.
  for (let attempt = 0; attempt <= service.staff.length; attempt += 1) {
    let chosen: string | undefined;
    const rowFor = (check: BookableCheck): NewBookingRow => {
      chosen = check.staffId;
      return bookingRow({ ctx, input, shop, check });
    };
    // The view's facts from what the check read: no read after the write (describeBooked).
    const described = (check: BookableCheck) => (booking: Booking): Booking => {
      describeBooked?.({ booking, shop, staffName: check.staffName });
      return booking;
    };
    const slotOf = (db: Database) =>
      checkServiceSlot({ ctx: { db, now: ctx.now }, input: { shop, service, start: input.start, staffId: input.staffId, excludeStaffIds: lost } }).then((check) => {
        // After a lost race the slot was bookable a moment ago: with every performer who lost excluded,
        // the engine says nobody is free (or, when none is left at all, nobody works then): it was just taken.
        if (!check.isBookable) throw lost.length > 0 && (check.reason === 'no_staff_free' || check.reason === 'not_a_slot') ? slotJustTaken() : slotRefusal(check);
        return check;
      });
    try {
      const booked = mayTakeOneTrip
        ? await withReservedConnection(ctx.db, async (db) => {
            // The slot is read as a transaction would (READ COMMITTED reads each statement's latest
            // commits); the exclusion constraint still decides at the insert.
            const [guard, check] = await awaitAll([beforeBook ? oneTripGuard!(db) : [], slotOf(db)]);
            if (!guard) return undefined;
            const row = rowFor(check);
            const { writes, reads } = await writeStatements(row, readBooked);
            // The guard first: it re-checks, under its lock, what skipping beforeBook relied on.
            // The read after COMMIT, on the same connection: it sees the booking, and the whole write fits in one.
            const rows = await executeInTransaction(db, [...guard, ...writes], { readsAfter: reads });
            return described(check)(tookRead(rows.slice(guard.length), readBooked));
          }).catch((error: unknown) => {
            // What the guard checked changed meanwhile (e.g. a plan downgrade): book with beforeBook.
            if (isStaleRead(error)) return undefined;
            throw error;
          })
        : undefined;
      if (booked) return booked;
      return await withTransaction(ctx, async (tx) => {
        const [, check] = await awaitAll([beforeBook?.(tx), slotOf(tx)]);
        return await writeBooking(tx, rowFor(check), { readBooked, describe: described(check), onBooked });
      });
    } catch (error) {
      if (!isExclusionViolation(error) || chosen === undefined) throw error;
      if (input.staffId) throw slotJustTaken();
      lost.push(chosen);
    }
  }
  throw slotJustTaken();
}

type BookableCheck = Extract<ServiceSlotCheck, { isBookable: true }>;
type BookedShop = Awaited<ReturnType<typeof loadShopService>>['shop'];

function bookingRow({ ctx, input, shop, check }: { ctx: BookingContext; input: CreateBookingInput; shop: BookedShop; check: BookableCheck }): NewBookingRow {
  return {
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
  };
}

/** The booking (with holds and first history row), its `booking-changed` job, and readBooked's read. */
async function writeStatements(row: NewBookingRow, readBooked: BookedRead | undefined): Promise<{ writes: SQL[]; reads: SQL[] }> {
  const job = await announceChangeStatement(
    { id: row.id, version: 1, staffId: row.staffId, startsAt: row.start, endsAt: row.end },
    { kind: row.status === 'pending' ? 'booking_pending' : 'booking_confirmed', at: row.at },
  );
  return { writes: [insertBookingStatement(row), job], reads: readBooked ? [readBooked.statement(row.id)] : [] };
}

function tookRead(rows: Record<string, unknown>[][], readBooked: BookedRead | undefined): Booking {
  const booking = insertedBooking(rows[0]!);
  readBooked?.take(rows[2]!);
  return booking;
}

/** writeStatements in one round trip of the open transaction, then `describe` and onBooked in it. */
async function writeBooking(
  tx: Transaction,
  row: NewBookingRow,
  hooks: { readBooked: BookedRead | undefined; describe: (booking: Booking) => Booking; onBooked: OnBooked | undefined },
): Promise<Booking> {
  const { writes, reads } = await writeStatements(row, hooks.readBooked);
  const booking = hooks.describe(tookRead(await executePipelined(tx, [...writes, ...reads]).rows, hooks.readBooked));
  await hooks.onBooked?.(tx, { id: row.id });
  return booking;
}
