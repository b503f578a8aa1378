import { and, bookingHolds, eq } from '@salon/db';
import { describeWithPostgres, makeCustomer, makeService, makeShop, makeStaff, makeWeeklyHours, useTestDatabase } from '@salon/db/testing';
import { changeBookingStatus, createBooking } from './index';

const NOW = new Date('2026-12-01T08:00:00Z');
const START = new Date('2026-12-02T10:00:00Z');

describeWithPostgres('changeBookingStatus compare-and-set (two concurrent changes)', () => {
  const database = useTestDatabase({ maxConnections: 5 });

  // completed and no_show exclude each other in either order, so both cannot succeed (confirm then
  // cancel could, serially: that pair is not a race test).
  it('complete and no-show of one started booking at once: exactly one wins, the other is a 409 conflict', async () => {
    const { db } = database();
    const shop = await makeShop(db);
    await makeWeeklyHours(db, { shopId: shop.id });
    const service = await makeService(db, { shopId: shop.id });
    const member = await makeStaff(db, { shopId: shop.id, serviceIds: [service.id] });
    const customer = await makeCustomer(db);
    const ctx = { db, now: () => NOW, userId: customer.userId };
    const booking = await createBooking({ ctx, input: { customerId: customer.id, shopId: shop.id, serviceId: service.id, start: START, staffId: member.id } });
    const actor = { kind: 'owner' as const, ownerId: shop.ownerId };
    const later = { ...ctx, now: () => new Date(START.getTime() + 3_600_000) };
    const results = await Promise.allSettled([
      changeBookingStatus({ ctx: later, input: { bookingId: booking.id, actor, to: 'completed' } }),
      changeBookingStatus({ ctx: later, input: { bookingId: booking.id, actor, to: 'no_show' } }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toMatchObject({ code: 'conflict' });
    // a finished booking holds no time, whoever won
    const holds = await db.select().from(bookingHolds).where(and(eq(bookingHolds.bookingId, booking.id), eq(bookingHolds.isActive, true)));
    expect(holds).toHaveLength(0);
  });
});
