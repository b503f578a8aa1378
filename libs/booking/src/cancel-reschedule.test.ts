import { asc, bookingHolds, bookings, eq } from '@salon/db';
import { useTestDatabase } from '@salon/db/testing';
import { cancelBooking, createBooking, rescheduleBooking } from './index';
import { makeBookableShop } from './testing';

const database = useTestDatabase();
const at = (iso: string) => new Date(iso);
const WED_10 = at('2026-12-02T10:00:00Z');
const DEADLINE = at('2026-12-01T10:00:00Z'); // 1,440 minutes (the default notice) before WED_10

async function stateOf(bookingId: string) {
  const { db } = database();
  const [booking] = await db.select().from(bookings).where(eq(bookings.id, bookingId));
  const holds = await db.select().from(bookingHolds).where(eq(bookingHolds.bookingId, bookingId)).orderBy(asc(bookingHolds.id));
  return { booking, holds };
}

describe('cancelBooking: the customer\'s notice, the owner any time', () => {
  it('a customer may cancel up to the notice deadline itself, not a millisecond after', async () => {
    const { db } = database();
    const shop = await makeBookableShop(db);
    const first = await createBooking({ ctx: shop.ctx, input: shop.bookingInput(WED_10) });
    const onTime = { ...shop.ctx, now: () => DEADLINE };
    expect((await cancelBooking({ ctx: onTime, input: { bookingId: first.id, actor: shop.customerActor } })).status).toBe('cancelled');
    const second = await createBooking({ ctx: shop.ctx, input: shop.bookingInput(WED_10) });
    const late = { ...shop.ctx, now: () => new Date(DEADLINE.getTime() + 1) };
    const before = await stateOf(second.id);
    await expect(cancelBooking({ ctx: late, input: { bookingId: second.id, actor: shop.customerActor } })).rejects.toMatchObject({ code: 'conflict' });
    expect(await stateOf(second.id)).toEqual(before);
    // the owner may, even after the start
    const afterStart = { ...shop.ctx, now: () => at('2026-12-02T10:10:00Z') };
    const cancelled = await cancelBooking({ ctx: afterStart, input: { bookingId: second.id, actor: shop.ownerActor, reason: 'Stylist ill' } });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancellationReason: 'Stylist ill' });
    expect((await stateOf(second.id)).holds.every((hold) => !hold.isActive)).toBe(true);
  });

  it('a shop with no notice lets the customer cancel until the start', async () => {
    const { db } = database();
    const shop = await makeBookableShop(db, { shop: { cancellationNoticeMinutes: 0 } });
    const booking = await createBooking({ ctx: shop.ctx, input: shop.bookingInput(WED_10) });
    const justBefore = { ...shop.ctx, now: () => new Date(WED_10.getTime() - 1) };
    expect((await cancelBooking({ ctx: justBefore, input: { bookingId: booking.id, actor: shop.customerActor } })).status).toBe('cancelled');
  });

  it('another customer\'s or another owner\'s booking is not found', async () => {
    const { db } = database();
    const mine = await makeBookableShop(db);
    const theirs = await makeBookableShop(db);
    const booking = await createBooking({ ctx: mine.ctx, input: mine.bookingInput(WED_10) });
    for (const actor of [theirs.customerActor, theirs.ownerActor]) {
      await expect(cancelBooking({ ctx: theirs.ctx, input: { bookingId: booking.id, actor } })).rejects.toMatchObject({ code: 'not_found' });
    }
  });
});

describe('rescheduleBooking', () => {
  it('moves time and stylist atomically: the old time is free at once, the new one held, one active hold', async () => {
    const { db } = database();
    const shop = await makeBookableShop(db, { staffCount: 2 });
    const [a, b] = shop.staff.map((member) => member.id) as [string, string];
    const booking = await createBooking({ ctx: shop.ctx, input: shop.bookingInput(WED_10, a) });
    const moved = await rescheduleBooking({ ctx: shop.ctx, input: { bookingId: booking.id, actor: shop.customerActor, start: at('2026-12-02T14:00:00Z'), staffId: b } });
    expect(moved).toMatchObject({ id: booking.id, staffId: b, startsAt: at('2026-12-02T14:00:00Z'), endsAt: at('2026-12-02T14:30:00Z'), status: 'confirmed' });
    const { holds } = await stateOf(booking.id);
    expect(holds.filter((hold) => hold.isActive).map((hold) => [hold.staffId, hold.during])).toEqual([
      [b, { start: at('2026-12-02T14:00:00Z'), end: at('2026-12-02T14:30:00Z') }],
    ]);
    expect((await createBooking({ ctx: shop.ctx, input: shop.bookingInput(WED_10, a) })).staffId).toBe(a);
  });

  it('case 12: moving 15 minutes later over its own time works (its own hold does not block it)', async () => {
    const { db } = database();
    const shop = await makeBookableShop(db);
    const booking = await createBooking({ ctx: shop.ctx, input: shop.bookingInput(WED_10) });
    const later = await rescheduleBooking({ ctx: shop.ctx, input: { bookingId: booking.id, actor: shop.customerActor, start: at('2026-12-02T10:15:00Z') } });
    expect(later.startsAt).toEqual(at('2026-12-02T10:15:00Z'));
    const earlier = await rescheduleBooking({ ctx: shop.ctx, input: { bookingId: booking.id, actor: shop.ownerActor, start: at('2026-12-02T10:00:00Z') } });
    expect(earlier.endsAt).toEqual(at('2026-12-02T10:30:00Z'));
    expect((await stateOf(booking.id)).holds.filter((hold) => hold.isActive)).toHaveLength(1);
  });

  it('a refused move leaves the booking and its holds exactly as they were', async () => {
    const { db } = database();
    const shop = await makeBookableShop(db);
    const booking = await createBooking({ ctx: shop.ctx, input: shop.bookingInput(WED_10) });
    await createBooking({ ctx: shop.ctx, input: shop.bookingInput(at('2026-12-02T11:00:00Z')) });
    const before = await stateOf(booking.id);
    const attempts: Array<[Date, string]> = [
      [at('2026-12-02T10:45:00Z'), 'staff_unavailable'], // would overlap the 11:00 booking
      [at('2026-12-02T10:05:00Z'), 'not_a_slot'],
      [at('2026-12-05T10:00:00Z'), 'not_a_slot'],
      [at('2026-12-01T08:30:00Z'), 'too_soon'],
    ];
    for (const [start, reason] of attempts) {
      await expect(rescheduleBooking({ ctx: shop.ctx, input: { bookingId: booking.id, actor: shop.ownerActor, start } }))
        .rejects.toMatchObject({ code: 'slot_unavailable', details: [{ message: reason }] });
      expect(await stateOf(booking.id)).toEqual(before);
    }
  });

  it('a customer cannot move a booking inside the notice, nor a cancelled one; the owner can move it late', async () => {
    const { db } = database();
    const shop = await makeBookableShop(db);
    const booking = await createBooking({ ctx: shop.ctx, input: shop.bookingInput(WED_10) });
    const late = { ...shop.ctx, now: () => new Date(DEADLINE.getTime() + 1) };
    const input = { bookingId: booking.id, start: at('2026-12-02T15:00:00Z') };
    await expect(rescheduleBooking({ ctx: late, input: { ...input, actor: shop.customerActor } })).rejects.toMatchObject({ code: 'conflict' });
    expect((await rescheduleBooking({ ctx: late, input: { ...input, actor: shop.ownerActor } })).startsAt).toEqual(input.start);
    await cancelBooking({ ctx: late, input: { bookingId: booking.id, actor: shop.ownerActor } });
    const before = await stateOf(booking.id);
    await expect(rescheduleBooking({ ctx: late, input: { ...input, actor: shop.ownerActor, start: at('2026-12-02T16:00:00Z') } })).rejects.toMatchObject({ code: 'conflict' });
    expect(await stateOf(booking.id)).toEqual(before);
  });
});
