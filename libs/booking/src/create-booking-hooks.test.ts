import { bookingHolds, eq, shops, sql, staleReadGuard, type Database } from '@salon/db';
import { useTestDatabase } from '@salon/db/testing';
import { createBooking } from './index';
import { makeBookableShop } from './testing';

const database = useTestDatabase();
const WED_10 = new Date('2026-12-02T10:00:00Z'); // Wednesday 10:00 London, inside 09:00–17:00

// Which hooks make createBooking write in one trip (no beforeBook work, no onBooked), and that
// both paths run the hooks they promise: beforeBook in the booking's transaction, readBooked's rows taken.
describe('createBooking: hooks on both paths', () => {
  const readBooked = (seen: Record<string, unknown>[][]) => ({
    statement: (id: string) => sql`select b.id, (select count(*)::int from booking_holds h where h.booking_id = b.id) as holds from bookings b where b.id = ${id}`,
    take: (rows: Record<string, unknown>[]) => { seen.push(rows); },
  });

  it('a guard that holds: beforeBook never runs, the guard runs in the booking\'s trip, and the read in it sees the booking and its hold', async () => {
    const { ctx, staff, shop, bookingInput } = await makeBookableShop(database().db);
    const seen: Record<string, unknown>[][] = [];
    let asked = 0;
    const booking = await createBooking({
      ctx, input: bookingInput(WED_10, staff[0]!.id),
      beforeBook: () => Promise.reject(new Error('beforeBook ran')),
      oneTripGuard: async () => {
        asked += 1;
        // Writes in the transaction: kept with the booking.
        return [sql`update shops set name = 'Guarded' where id = ${shop.id}`, staleReadGuard(sql`true`, 'nothing')];
      },
      readBooked: readBooked(seen),
    });
    expect(asked).toBe(1);
    expect(seen).toEqual([[{ id: booking.id, holds: 1 }]]);
    expect((await database().db.select({ name: shops.name }).from(shops).where(eq(shops.id, shop.id)))[0]!.name).toBe('Guarded');
  });

  it('a guard that fails (SR001): nothing of the one trip is kept, and the booking is made with beforeBook', async () => {
    const { db } = database();
    const { ctx, staff, shop, bookingInput } = await makeBookableShop(db);
    const seen: Record<string, unknown>[][] = [];
    let before = 0;
    const booking = await createBooking({
      ctx, input: bookingInput(WED_10, staff[0]!.id),
      beforeBook: async () => { before += 1; },
      oneTripGuard: async () => [sql`update shops set name = 'Rolled back' where id = ${shop.id}`, staleReadGuard(sql`false`, 'the probe')],
      readBooked: readBooked(seen),
    });
    expect(before).toBe(1);
    expect(seen).toEqual([[{ id: booking.id, holds: 1 }]]);
    expect(await db.select({ id: bookingHolds.bookingId }).from(bookingHolds).where(eq(bookingHolds.shopId, shop.id))).toEqual([{ id: booking.id }]);
    expect((await db.select({ name: shops.name }).from(shops).where(eq(shops.id, shop.id)))[0]!.name).not.toBe('Rolled back');
  });

  it('no guard (undefined): beforeBook runs in the booking\'s transaction, and its refusal leaves nothing behind', async () => {
    const { db } = database();
    const { ctx, staff, shop, bookingInput } = await makeBookableShop(db);
    const seen: Record<string, unknown>[][] = [];
    const refused = createBooking({
      ctx, input: bookingInput(WED_10, staff[0]!.id),
      // Writes in the transaction, then refuses: the write must be rolled back with the booking.
      beforeBook: async (tx) => { await tx.execute(sql`update shops set name = 'Touched' where id = ${shop.id}`); throw new Error('over the limit'); },
      oneTripGuard: async () => undefined,
      readBooked: readBooked(seen),
    });
    await expect(refused).rejects.toThrow('over the limit');
    expect(await db.select().from(bookingHolds).where(eq(bookingHolds.shopId, shop.id))).toEqual([]);
    const booked = await createBooking({
      ctx, input: bookingInput(WED_10, staff[0]!.id),
      beforeBook: async (tx: Database) => { await tx.execute(sql`select 1`); },
      oneTripGuard: async () => undefined,
      readBooked: readBooked(seen),
    });
    expect(seen).toEqual([[{ id: booked.id, holds: 1 }]]);
  });

  it('onBooked runs in the transaction after readBooked took its rows; its failure undoes the booking', async () => {
    const { db } = database();
    const { ctx, staff, shop, bookingInput } = await makeBookableShop(db);
    const order: string[] = [];
    const attempt = createBooking({
      ctx, input: bookingInput(WED_10, staff[0]!.id),
      readBooked: { statement: (id) => sql`select ${id}::uuid as id`, take: () => { order.push('take'); } },
      onBooked: async () => { order.push('onBooked'); throw new Error('store failed'); },
    });
    await expect(attempt).rejects.toThrow('store failed');
    expect(order).toEqual(['take', 'onBooked']);
    expect(await db.select().from(bookingHolds).where(eq(bookingHolds.shopId, shop.id))).toEqual([]);
  });
});
