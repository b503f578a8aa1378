import { and, count, eq } from 'drizzle-orm';
import { pgErrorCode } from './errors';
import { bookingHolds } from './schema/booking-holds';
import { bookings } from './schema/bookings';
import { describeWithPostgres, makeBooking, makeCustomer, makeService, makeStaff, useTestDatabase } from './testing';

const RACERS = 100;

// Only a real server runs transactions in parallel: PGlite has one connection and serialises them.
describeWithPostgres('booking_holds under concurrent transactions', () => {
  // 20 connections: real contention while leaving room for other suites on the same server.
  const handle = useTestDatabase({ maxConnections: 20 });

  /** Starts RACERS bookings of one stylist at once; `startsAt(i)` picks each one's start. */
  async function race(startsAt: (i: number) => Date) {
    const service = await makeService(handle().db, { durationMinutes: 45 });
    const stylist = await makeStaff(handle().db, { shopId: service.shopId, serviceIds: [service.id] });
    const customer = await makeCustomer(handle().db);
    const outcomes = await Promise.allSettled(
      Array.from({ length: RACERS }, (_, i) =>
        makeBooking(handle().db, {
          shopId: service.shopId,
          serviceId: service.id,
          staffId: stylist.id,
          customerId: customer.id,
          startsAt: startsAt(i),
        }),
      ),
    );
    const codes = outcomes.map((o) => (o.status === 'fulfilled' ? 'committed' : pgErrorCode(o.reason)));
    return { stylistId: stylist.id, codes };
  }

  async function countActive(stylistId: string) {
    const [holds] = await handle().db
      .select({ n: count() })
      .from(bookingHolds)
      .where(and(eq(bookingHolds.staffId, stylistId), eq(bookingHolds.isActive, true)));
    const [booked] = await handle().db.select({ n: count() }).from(bookings).where(eq(bookings.staffId, stylistId));
    return { holds: holds?.n, bookings: booked?.n };
  }

  it(`lets exactly one of ${RACERS} transactions booking the same staff and time commit`, async () => {
    const { stylistId, codes } = await race(() => new Date('2030-03-04T10:00:00Z'));
    expect(codes.filter((c) => c === 'committed')).toHaveLength(1);
    expect(codes.filter((c) => c === '23P01')).toHaveLength(RACERS - 1);
    expect(await countActive(stylistId)).toEqual({ holds: 1, bookings: 1 });
  });

  it('fails every loser with 23P01, never a 40P01 deadlock, when the ranges overlap unequally', async () => {
    // 10:00, 10:10, 10:20 (45 min each): without the per-staff lock trigger about one loser in
    // six died of a deadlock after a one-second wait.
    const { stylistId, codes } = await race((i) => new Date(Date.UTC(2030, 2, 5, 10, (i % 3) * 10)));
    expect(codes.filter((c) => c === 'committed')).toHaveLength(1);
    expect(codes.filter((c) => c === '23P01')).toHaveLength(RACERS - 1);
    expect(await countActive(stylistId)).toEqual({ holds: 1, bookings: 1 });
  });
});
