import { bookingHolds, bookings, count, customers, eq, owners, shops, users } from '@salon/db';
import { useTestDatabase } from '@salon/db/testing';
import { DEMO_USERS, seedDemoData } from './index';

const NOW = new Date('2026-03-25T12:00:00Z');
const DAY_MS = 86_400_000;

const handle = useTestDatabase();

async function countRows(table: typeof owners | typeof customers | typeof shops | typeof bookings | typeof bookingHolds) {
  return (await handle().db.select({ n: count() }).from(table))[0]?.n;
}

describe('seedDemoData', () => {
  it('creates the demo data once, then does nothing', async () => {
    await expect(seedDemoData(handle().db, { now: NOW })).resolves.toEqual({ created: true });
    await expect(seedDemoData(handle().db, { now: NOW })).resolves.toEqual({ created: false });
    expect(await countRows(owners)).toBe(3);
    expect(await countRows(customers)).toBe(5);
    expect(await countRows(shops)).toBe(8);
  });

  it('spreads the shops over at least four time zones and several currencies', async () => {
    const rows = await handle().db.select({ timeZone: shops.timeZone, currency: shops.currency }).from(shops);
    expect(new Set(rows.map((r) => r.timeZone)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(rows.map((r) => r.currency))).toEqual(new Set(['GBP', 'EUR', 'USD', 'AUD', 'INR']));
  });

  it('books about twenty appointments within the next 14 days, one hold each', async () => {
    const rows = await handle().db.select().from(bookings);
    expect(rows.length).toBeGreaterThanOrEqual(18);
    for (const booking of rows) {
      expect(booking.startsAt.getTime()).toBeGreaterThan(NOW.getTime());
      expect(booking.startsAt.getTime()).toBeLessThan(NOW.getTime() + 14 * DAY_MS);
    }
    expect(await countRows(bookingHolds)).toBe(rows.length);
    const cancelled = rows.filter((b) => b.status === 'cancelled').map((b) => b.id);
    const holds = await handle().db.select().from(bookingHolds);
    expect(holds.filter((h) => !h.isActive).map((h) => h.bookingId).sort()).toEqual(cancelled.sort());
  });

  it('gives every demo user the Clerk id and role the dev tokens use', async () => {
    for (const person of DEMO_USERS) {
      const [row] = await handle().db.select().from(users).where(eq(users.clerkUserId, person.clerkUserId));
      expect(row?.roles).toEqual([person.role]);
    }
  });
});
