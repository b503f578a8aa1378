import {
  bookingHolds, bookings, customers, dateOverrides, owners, services, shops, staff, sql, staffServices, timeOff, users, weeklyHours,
  type Database,
} from '@salon/db';
import { PREVIEWED_SERVICE, SERVICES, TIME_ZONE, type OwnerShop } from './generate-owner-shop';
import { OPENING_HOURS, OPENING_RRULE, shiftRules } from './shop-hours';

const CHUNK = 10_000;

/** Inserts a user with an owner profile; the bench signs tokens for `clerkUserId`. */
export async function seedOwner(db: Database, clerkUserId: string): Promise<string> {
  const [user] = await db.insert(users).values({ clerkUserId, email: 'bench-owner@example.test', displayName: 'Bench Owner', roles: ['owner'] }).returning();
  const [owner] = await db.insert(owners).values({ userId: user!.id, businessName: 'Bench Salons Ltd' }).returning();
  return owner!.id;
}

/** Inserts `count` customers (user + profile) and returns their ids in order. */
export async function seedCustomers(db: Database, count: number): Promise<string[]> {
  const rows = Array.from({ length: count }, (_, index) => ({
    clerkUserId: `user_bench_customer_${index}`, email: `customer-${index}@example.test`, displayName: `Customer ${index}`, roles: ['customer' as const],
  }));
  const inserted = await db.insert(users).values(rows).returning({ id: users.id });
  const profiles = await db.insert(customers).values(inserted.map((user) => ({ userId: user.id }))).returning({ id: customers.id });
  return profiles.map((profile) => profile.id);
}

/**
 * Inserts a generated shop for `ownerId`: services, staff who perform all of them, weekly hours,
 * overrides, time off, and every booking with its `service` hold (buffers included), as
 * makeBooking and the booking use case do, in chunks. Returns the ids the scenarios need.
 */
export async function seedOwnerShop(db: Database, input: { ownerId: string; customerIds: string[]; shop: OwnerShop; name: string }) {
  const { shop } = input;
  const [row] = await db.insert(shops).values({ ownerId: input.ownerId, name: input.name, timeZone: TIME_ZONE, currency: 'GBP', city: 'London' }).returning();
  const shopId = row!.id;
  const serviceRows = await db.insert(services).values(SERVICES.map((service) => ({ shopId, ...service }))).returning({ id: services.id });
  const serviceIds = serviceRows.map((service) => service.id);
  const staffRows = await db
    .insert(staff)
    .values(shop.staffShifts.map((_, index) => ({ shopId, displayName: `Stylist ${index + 1}` })))
    .returning({ id: staff.id });
  const staffIds = staffRows.map((member) => member.id);
  await db.insert(staffServices).values(staffIds.flatMap((staffId) => serviceIds.map((serviceId) => ({ shopId, staffId, serviceId }))));
  await db.insert(weeklyHours).values([
    { shopId, rrule: OPENING_RRULE, startLocal: OPENING_HOURS.start, endLocal: OPENING_HOURS.end },
    ...shop.staffShifts.flatMap((shift, index) =>
      shiftRules(shift).map((rule) => ({ shopId, staffId: staffIds[index]!, rrule: rule.rrule, startLocal: rule.start, endLocal: rule.end })),
    ),
  ]);
  await db.insert(dateOverrides).values(shop.overrides.map((override) => ({
    shopId, staffId: override.staff === null ? null : staffIds[override.staff]!, date: override.date, isClosed: override.isClosed, windows: override.windows,
  })));
  await db.insert(timeOff).values(shop.timeOff.map((off) => ({ shopId, staffId: staffIds[off.staff]!, startsAt: off.startsAt, endsAt: off.endsAt })));
  // Sent as one JSON parameter per chunk: drizzle's multi-row VALUES costs more in JS than the inserts.
  for (let first = 0; first < shop.bookings.length; first += CHUNK) {
    const rows = shop.bookings.slice(first, first + CHUNK).map((booking) => ({
      staff_id: staffIds[booking.staff]!, service_id: serviceIds[booking.service]!,
      customer_id: input.customerIds[booking.customer]!, starts_at: booking.startsAt, ends_at: booking.endsAt, status: booking.status,
    }));
    await db.execute(sql`
      insert into ${bookings} (shop_id, service_id, staff_id, customer_id, starts_at, ends_at, status, service_name, price_minor, currency,
                               duration_minutes, buffer_before_minutes, buffer_after_minutes, cancelled_at)
      select ${shopId}, r.service_id, r.staff_id, r.customer_id, r.starts_at, r.ends_at, r.status::booking_status, s.name, s.price_minor, 'GBP',
             s.duration_minutes, s.buffer_before_minutes, s.buffer_after_minutes, case when r.status = 'cancelled' then r.starts_at end
      from json_to_recordset(${JSON.stringify(rows)}::json)
             as r(staff_id uuid, service_id uuid, customer_id uuid, starts_at timestamptz, ends_at timestamptz, status text)
      join ${services} s on s.id = r.service_id`);
  }
  // Each booking's service hold, buffers included, inactive when cancelled: what makeBooking
  // writes, done in one statement (the exclusion constraint and its trigger still run per row).
  await db.execute(sql`
    insert into ${bookingHolds} (booking_id, shop_id, staff_id, during, is_active)
    select id, shop_id, staff_id,
           tstzrange(starts_at - buffer_before_minutes * interval '1 minute', ends_at + buffer_after_minutes * interval '1 minute', '[)'),
           status <> 'cancelled'
    from ${bookings} where shop_id = ${shopId}`);
  return { shopId, serviceId: serviceIds[PREVIEWED_SERVICE]!, staffIds };
}
