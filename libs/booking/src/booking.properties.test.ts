import { checkServiceSlot, listServiceSlots, loadService } from '@salon/availability';
import { and, bookingHolds, eq } from '@salon/db';
import { useTestDatabase } from '@salon/db/testing';
import fc from 'fast-check';
import { expectedSlots, freeStaff, freedBy, gridStarts, isFree, MINUTE_MS, type Day, type ModelState } from './_test/booking-model';
import { cancelBooking, createBooking, rescheduleBooking } from './index';
import { makeBookableShop } from './testing';

// Random create / reschedule / cancel sequences through the lib against a model (./_test/booking-model),
// checking after every step: no two active holds of one stylist overlap; the listing is exactly the
// model's, and every slot it offers is bookable (listing ⇔ booking); a cancel frees exactly its own time.
const database = useTestDatabase();
const DATE = '2026-12-02'; // a Wednesday; London is on UTC in December
const DAY: Day = { openMs: Date.parse(`${DATE}T09:00:00Z`), closeMs: Date.parse(`${DATE}T11:00:00Z`), intervalMinutes: 15, durationMinutes: 30, bufferAfterMinutes: 15 };
const STAFF = 2;

type Op =
  | { kind: 'create'; staff: number | null; offset: number }
  | { kind: 'reschedule'; pick: number; staff: number | null; offset: number }
  | { kind: 'cancel'; pick: number; byOwner: boolean };

// On the grid most of the time; otherwise any 5-minute step from 20 minutes before opening to past closing.
const offset = fc.oneof(fc.integer({ min: 0, max: 8 }).map((i) => i * 15), fc.integer({ min: -4, max: 30 }).map((i) => i * 5));
const staffPick = fc.option(fc.integer({ min: 0, max: STAFF - 1 }), { nil: null });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('create' as const), staff: staffPick, offset }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reschedule' as const), pick: fc.nat(), staff: staffPick, offset }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat(), byOwner: fc.boolean() }) },
);

async function runSequence(ops: Op[]) {
  const { db } = database();
  const shop = await makeBookableShop(db, { staffCount: STAFF, hours: { startLocal: '09:00', endLocal: '11:00' }, service: { bufferAfterMinutes: 15 } });
  const staffIds = shop.staff.map((member) => member.id);
  const model: ModelState = { staffIds, bookings: [] };
  const service = await loadService({ ctx: { db }, input: { shopId: shop.shop.id, serviceId: shop.service.id, isActiveOnly: true, where: 'body' } });
  const listed = async () => {
    const slots = await listServiceSlots({ ctx: shop.ctx, input: { shop: shop.shop, serviceId: shop.service.id, from: DATE, to: DATE, isActiveOnly: true, where: 'query' } });
    return slots.map((slot) => ({ start: slot.start, staffIds: slot.staffIds }));
  };
  const pairs = (slots: Array<{ start: string; staffIds: string[] }>) => new Set(slots.flatMap((s) => s.staffIds.map((id) => `${s.start}/${id}`)));

  let current = await listed();
  for (const step of ops) {
    const before = current;
    const startMs = DAY.openMs + (step.kind === 'cancel' ? 0 : step.offset) * MINUTE_MS;
    const staffId = step.kind !== 'cancel' && step.staff !== null ? staffIds[step.staff] : undefined;
    const target = step.kind === 'create' ? undefined : model.bookings[step.pick % Math.max(model.bookings.length, 1)];
    const outcome = await attempt(step, target?.id, startMs, staffId);
    current = await listed();
    if (step.kind === 'create') {
      const free = freeStaff(DAY, model, startMs);
      const expected = staffId ? (free.includes(staffId) ? staffId : null) : (free[0] ?? null);
      expect({ step, staffId: outcome.booking?.staffId ?? null, code: outcome.code }).toEqual({ step, staffId: expected, code: expected ? undefined : 'slot_unavailable' });
      if (outcome.booking) model.bookings.push({ id: outcome.booking.id, staffId: outcome.booking.staffId, startMs, isActive: true });
    } else if (step.kind === 'reschedule' && target) {
      const to = staffId ?? target.staffId;
      const ok = gridStarts(DAY).includes(startMs) && isFree(DAY, model, to, startMs, target.id);
      const code = !target.isActive ? 'conflict' : ok ? undefined : 'slot_unavailable';
      expect({ step, code: outcome.code }).toEqual({ step, code });
      if (!code) Object.assign(target, { staffId: to, startMs });
    } else if (step.kind === 'cancel' && target) {
      const freed = freedBy(DAY, model, target.id);
      expect({ step, code: outcome.code }).toEqual({ step, code: undefined });
      target.isActive = false;
      const [was, now] = [pairs(before), pairs(current)];
      expect([...now].filter((p) => !was.has(p)).sort()).toEqual(freed.sort());
      expect([...was].filter((p) => !now.has(p))).toEqual([]);
    }
    await checkInvariants(db, shop, service, model, current, step);
  }

  async function attempt(step: Op, bookingId: string | undefined, start: Date | number, staffId: string | undefined) {
    const date = new Date(start);
    try {
      if (step.kind === 'create') return { booking: await createBooking({ ctx: shop.ctx, input: shop.bookingInput(date, staffId) }) };
      if (!bookingId) return {};
      if (step.kind === 'reschedule') return { booking: await rescheduleBooking({ ctx: shop.ctx, input: { bookingId, actor: shop.customerActor, start: date, ...(staffId && { staffId }) } }) };
      return { booking: await cancelBooking({ ctx: shop.ctx, input: { bookingId, actor: step.byOwner ? shop.ownerActor : shop.customerActor } }) };
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== 'slot_unavailable' && code !== 'conflict') throw error;
      return { code };
    }
  }
}

async function checkInvariants(
  db: ReturnType<typeof database>['db'],
  shop: Awaited<ReturnType<typeof makeBookableShop>>,
  service: Awaited<ReturnType<typeof loadService>>,
  model: ModelState,
  slots: Array<{ start: string; staffIds: string[] }>,
  step: Op,
) {
  const holds = await db.select().from(bookingHolds).where(and(eq(bookingHolds.shopId, shop.shop.id), eq(bookingHolds.isActive, true)));
  const overlapping = holds.flatMap((a) => holds.filter((b) => a.id < b.id && a.staffId === b.staffId && a.during.start < b.during.end && b.during.start < a.during.end));
  expect({ step, overlapping }).toEqual({ step, overlapping: [] });
  expect({ step, active: holds.length }).toEqual({ step, active: model.bookings.filter((b) => b.isActive).length });
  expect({ step, slots }).toEqual({ step, slots: expectedSlots(DAY, model) });
  for (const slot of slots) {
    const start = new Date(slot.start);
    for (const staffId of [undefined, ...slot.staffIds]) {
      const check = await checkServiceSlot({ ctx: shop.ctx, input: { shop: shop.shop, service, start, staffId } });
      expect({ step, start: slot.start, staffId, check: check.isBookable && check.staffId }).toEqual({ step, start: slot.start, staffId, check: staffId ?? slot.staffIds[0] });
    }
  }
}

describe('booking lifecycle properties (PGlite and PostgreSQL)', () => {
  it('random create / reschedule / cancel sequences keep holds disjoint, listing ⇔ booking, and cancel frees exactly its time', async () => {
    await fc.assert(fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 10 }), runSequence), { numRuns: 8 });
  }, 120_000);
});
