import { and, bookingHolds, bookings, count, customers, eq, isNotNull, owners, services, shops, staff, staffServices, users } from '@salon/db';
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
    expect(await countRows(shops)).toBe(13);
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

  it('dates every demo booking as made in an earlier month, so Free demo customers can still book this month', async () => {
    const rows = await handle().db.select({ createdAt: bookings.createdAt }).from(bookings);
    const thisMonth = NOW.toISOString().slice(0, 7);
    expect(rows.filter((b) => b.createdAt.toISOString().slice(0, 7) >= thisMonth)).toEqual([]);
  });

  it('gives London several shops across the search categories', async () => {
    const rows = await handle()
      .db.selectDistinct({ shopId: shops.id, category: services.category })
      .from(shops)
      .innerJoin(services, eq(services.shopId, shops.id))
      .where(eq(shops.city, 'London'));
    expect(new Set(rows.map((r) => r.shopId)).size).toBeGreaterThanOrEqual(6);
    const categories = new Set(rows.map((r) => r.category));
    for (const category of ['Barbering', 'Colour', 'Cuts', 'Nails', 'Skin', 'Massage']) expect(categories).toContain(category);
  });

  it('gives some staff their own price, and books them at it', async () => {
    const own = await handle()
      .db.select({ staffId: staffServices.staffId, serviceId: staffServices.serviceId, priceMinor: staffServices.priceMinor })
      .from(staffServices)
      .where(isNotNull(staffServices.priceMinor));
    expect(own.length).toBeGreaterThanOrEqual(5);
    const [kwame] = await handle()
      .db.select({ price: bookings.priceMinor, minutes: bookings.durationMinutes })
      .from(bookings)
      .innerJoin(staff, eq(staff.id, bookings.staffId))
      .where(and(eq(staff.displayName, 'Kwame Asante'), eq(bookings.serviceName, 'Skin Fade')));
    expect(kwame).toEqual({ price: 3800, minutes: 45 });
  });

  it('gives every demo user the Clerk id and role the dev tokens use', async () => {
    for (const person of DEMO_USERS) {
      const [row] = await handle().db.select().from(users).where(eq(users.clerkUserId, person.clerkUserId));
      expect(row?.roles).toEqual([person.role]);
    }
  });
});
