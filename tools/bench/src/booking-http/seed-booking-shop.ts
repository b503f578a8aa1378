import { customers, services, shops, staff, staffServices, users, weeklyHours, type Database } from '@salon/db';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Open every day 06:00–22:00 UTC: 64 quarter-hour starts per stylist and day. */
const OPEN_MINUTE = 6 * 60;
const STARTS_PER_DAY = 64;

export type BookingShop = { shopId: string; serviceId: string; staffIds: string[] };
export type Slot = { staffId: string; start: Date };

/**
 * A UTC shop open every day 06:00–22:00 with one 15-minute service (no buffers) on a 15-minute
 * grid, performed by `staffCount` stylists: every (stylist, start) of the next weeks is a distinct
 * bookable slot, so each request of the load books a free one.
 */
export async function seedBookingShop(db: Database, input: { ownerId: string; staffCount: number; name: string }): Promise<BookingShop> {
  const [shop] = await db.insert(shops).values({ ownerId: input.ownerId, name: input.name, timeZone: 'UTC', currency: 'GBP', city: 'London', slotIntervalMinutes: 15 }).returning();
  const shopId = shop!.id;
  const [service] = await db.insert(services).values({ shopId, name: 'Quick trim', priceMinor: 1500, durationMinutes: 15 }).returning();
  const serviceId = service!.id;
  const members = await db.insert(staff).values(Array.from({ length: input.staffCount }, (_, i) => ({ shopId, displayName: `Stylist ${i + 1}` }))).returning({ id: staff.id });
  const staffIds = members.map((member) => member.id);
  await db.insert(staffServices).values(staffIds.map((staffId) => ({ shopId, staffId, serviceId })));
  await db.insert(weeklyHours).values({ shopId, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU', startLocal: '06:00', endLocal: '22:00' });
  return { shopId, serviceId, staffIds };
}

/**
 * `count` distinct slots from the second day after `now` on, stylist by stylist within each start,
 * so consecutive requests book different stylists (as real traffic spread over a shop would).
 */
export function distinctSlots(shop: BookingShop, now: Date, count: number): Slot[] {
  const firstDay = Math.floor(now.getTime() / DAY_MS) * DAY_MS + 2 * DAY_MS;
  const slots: Slot[] = [];
  for (let index = 0; slots.length < count; index += 1) {
    const staffIndex = index % shop.staffIds.length;
    const startIndex = Math.floor(index / shop.staffIds.length);
    const day = Math.floor(startIndex / STARTS_PER_DAY);
    const minute = OPEN_MINUTE + (startIndex % STARTS_PER_DAY) * 15;
    slots.push({ staffId: shop.staffIds[staffIndex]!, start: new Date(firstDay + day * DAY_MS + minute * MINUTE_MS) });
  }
  return slots;
}

/** A customer (user + profile) for the raw inserts' bookings. */
export async function seedCustomer(db: Database, clerkUserId: string): Promise<string> {
  const [user] = await db.insert(users).values({ clerkUserId, email: `${clerkUserId}@example.test`, displayName: 'Bench Customer', roles: ['customer'] }).returning();
  const [customer] = await db.insert(customers).values({ userId: user!.id }).returning();
  return customer!.id;
}
