import { type Booking, type BookingStatus, type Database, type Shop } from '@salon/db';
import { makeBooking, makeCustomer, makeService, makeShop, makeStaff, makeWeeklyHours } from '@salon/db/testing';

/** The dashboard tests' clock: Friday 15 March 2030, 10:00 UTC (10:00 in London, 06:00 EDT in New York). */
export const DASHBOARD_NOW = new Date('2030-03-15T10:00:00Z');

export type DashboardFixture = {
  london: Shop;
  newYork: Shop;
  bobShop: Shop;
  /** Today's bookings (by DASHBOARD_NOW), by name: see the table below. */
  today: Record<'pastToday' | 'laterToday' | 'cancelledToday' | 'tomorrow' | 'newYorkTonight', Booking>;
};

/**
 * Ann's London (GBP, 30-min service with 5 + 10 min buffers) and New York (USD, 30 min) shops, each
 * with one stylist working Mon–Fri 09:00–17:00 local, and Bob's shop. Bookings, with the customers
 * c1…c9 (`—` = outside 2030-03-01..10 in that shop's local dates):
 *
 * | shop | customer | UTC start          | status    | price | in range            |
 * | L    | c1       | 03-02 10:00        | completed | 2500  | yes                 |
 * | L    | c2       | 03-03 10:00        | completed | 2500  | yes                 |
 * | L    | c3       | 03-10 23:30        | completed | 4000  | yes (local 10th)    |
 * | L    | c1       | 03-04 10:00        | no_show   |       | yes                 |
 * | L    | c4       | 03-05 10:00        | cancelled |       | yes                 |
 * | L    | c2       | 03-06 10:00        | pending   |       | yes                 |
 * | L    | c5       | 03-07 10:00        | confirmed |       | yes                 |
 * | N    | c1       | 03-02 15:00        | completed | 3000  | yes                 |
 * | N    | c6       | 03-11 03:00        | completed | 4500  | yes (local 10th, EDT) |
 * | N    | c6       | 03-05 15:00        | no_show   |       | yes                 |
 * | N    | c7       | 03-06 15:00        | confirmed |       | yes                 |
 * | L    | c8       | 02-28 23:59        | completed |       | — (local 28th)      |
 * | N    | c8       | 03-01 04:30        | completed |       | — (local 28th, EST) |
 * | L    | c3       | 02-10 10:00        | completed |       | — (c3 returns)      |
 * | L    | c9       | 03-11 00:30        | completed |       | — (local 11th)      |
 * | N    | c1       | 02-15 15:00        | completed |       | — (c1 returns, to N) |
 * | N    | c7       | 02-20 15:00        | cancelled |       | — (does not make c7 return) |
 * | Bob  | c1       | 03-03 10:00        | completed | 9999  | another owner's     |
 * | Bob  | c2       | 02-01 10:00        | completed |       | another owner's (c2 stays new) |
 * Plus today's (see DASHBOARD_NOW): L 03-15 09:00 confirmed (already started), L 03-15 14:00 pending,
 * L 03-15 16:00 cancelled, L 03-16 09:00 confirmed (tomorrow), N 03-16 02:00 confirmed (22:00 EDT today).
 */
export async function seedDashboardBookings(db: Database, owners: { ann: string; bob: string }): Promise<DashboardFixture> {
  const london = await makeShop(db, { ownerId: owners.ann, name: 'Ann London', timeZone: 'Europe/London', currency: 'GBP' });
  const newYork = await makeShop(db, { ownerId: owners.ann, name: 'Ann New York', timeZone: 'America/New_York', currency: 'USD' });
  const bobShop = await makeShop(db, { ownerId: owners.bob, name: 'Bob Cuts', currency: 'GBP' });
  const chairOf = async (shop: Shop, buffers: { bufferBeforeMinutes: number; bufferAfterMinutes: number }) => {
    await makeWeeklyHours(db, { shopId: shop.id });
    const service = await makeService(db, { shopId: shop.id, durationMinutes: 30, ...buffers });
    const member = await makeStaff(db, { shopId: shop.id, serviceIds: [service.id] });
    return { shopId: shop.id, serviceId: service.id, staffId: member.id };
  };
  const L = await chairOf(london, { bufferBeforeMinutes: 5, bufferAfterMinutes: 10 });
  const N = await chairOf(newYork, { bufferBeforeMinutes: 0, bufferAfterMinutes: 0 });
  const B = await chairOf(bobShop, { bufferBeforeMinutes: 0, bufferAfterMinutes: 0 });
  const c: string[] = [];
  for (let i = 0; i <= 9; i += 1) c.push((await makeCustomer(db)).id);
  const book = async (chair: typeof L, customer: number, start: string, status: BookingStatus, priceMinor = 1000) =>
    (await makeBooking(db, { ...chair, customerId: c[customer], startsAt: new Date(`2030-${start}:00Z`), status, priceMinor })).booking;
  await book(L, 1, '03-02T10:00', 'completed', 2500);
  await book(L, 2, '03-03T10:00', 'completed', 2500);
  await book(L, 3, '03-10T23:30', 'completed', 4000);
  await book(L, 1, '03-04T10:00', 'no_show');
  await book(L, 4, '03-05T10:00', 'cancelled');
  await book(L, 2, '03-06T10:00', 'pending');
  await book(L, 5, '03-07T10:00', 'confirmed');
  await book(N, 1, '03-02T15:00', 'completed', 3000);
  await book(N, 6, '03-11T03:00', 'completed', 4500);
  await book(N, 6, '03-05T15:00', 'no_show');
  await book(N, 7, '03-06T15:00', 'confirmed');
  await book(L, 8, '02-28T23:59', 'completed');
  await book(N, 8, '03-01T04:30', 'completed');
  await book(L, 3, '02-10T10:00', 'completed');
  await book(L, 9, '03-11T00:30', 'completed');
  await book(N, 1, '02-15T15:00', 'completed');
  await book(N, 7, '02-20T15:00', 'cancelled');
  await book(B, 1, '03-03T10:00', 'completed', 9999);
  await book(B, 2, '02-01T10:00', 'completed');
  const today = {
    pastToday: await book(L, 5, '03-15T09:00', 'confirmed'),
    laterToday: await book(L, 5, '03-15T14:00', 'pending'),
    cancelledToday: await book(L, 4, '03-15T16:00', 'cancelled'),
    tomorrow: await book(L, 5, '03-16T09:00', 'confirmed'),
    newYorkTonight: await book(N, 7, '03-16T02:00', 'confirmed'),
  };
  return { london, newYork, bobShop, today };
}
