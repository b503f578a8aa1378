import { asc, bookingHolds, bookings, eq } from '@salon/db';
import { describeWithPostgres, useTestDatabase } from '@salon/db/testing';
import { createBooking, rescheduleBooking } from './index';
import { makeBookableShop } from './testing';

const at = (iso: string) => new Date(iso);

describeWithPostgres('rescheduleBooking under real concurrency (PostgreSQL)', () => {
  const database = useTestDatabase({ maxConnections: 10 });
  const stateOf = async (bookingId: string) => {
    const { db } = database();
    const [booking] = await db.select().from(bookings).where(eq(bookings.id, bookingId));
    return { booking, holds: await db.select().from(bookingHolds).where(eq(bookingHolds.bookingId, bookingId)).orderBy(asc(bookingHolds.id)) };
  };

  it('two bookings moved into one free slot at once, eight times over: one wins each, the loser is exactly as it was', async () => {
    const { db } = database();
    const shop = await makeBookableShop(db, { staffCount: 2 });
    const [x, y] = shop.staff.map((member) => member.id) as [string, string];
    const pairs = [];
    for (let hour = 9; hour < 17; hour += 1) {
      const slot = at(`2026-12-02T${String(hour).padStart(2, '0')}:00:00Z`);
      const a = await createBooking({ ctx: shop.ctx, input: shop.bookingInput(slot, x) });
      const b = await createBooking({ ctx: shop.ctx, input: shop.bookingInput(slot, y) });
      // both want x at the half hour: a over its own time (case 12), b crossing stylists
      pairs.push({ a, b, target: new Date(slot.getTime() + 30 * 60_000) });
    }
    const before = new Map(await Promise.all(pairs.flatMap(({ a, b }) => [a.id, b.id]).map(async (id) => [id, await stateOf(id)] as const)));
    const outcomes = await Promise.all(pairs.flatMap(({ a, b, target }) => [a, b].map((booking) =>
      rescheduleBooking({ ctx: shop.ctx, input: { bookingId: booking.id, actor: shop.ownerActor, start: target, staffId: x } })
        .then(() => ({ id: booking.id, code: 'moved' }), (error: { code?: string }) => ({ id: booking.id, code: error.code ?? String(error) })))));
    for (const { a, b } of pairs) {
      const mine = outcomes.filter((outcome) => outcome.id === a.id || outcome.id === b.id).map((outcome) => outcome.code).sort();
      expect(mine).toEqual(['moved', 'slot_unavailable']);
      const loser = outcomes.find((outcome) => (outcome.id === a.id || outcome.id === b.id) && outcome.code !== 'moved')!;
      expect(await stateOf(loser.id)).toEqual(before.get(loser.id));
    }
  });
});
