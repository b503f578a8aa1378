import {
  dateOverrides,
  services,
  shops,
  staff,
  staffServices,
  timeOff,
  weeklyHours,
  type Database,
  type NewWeeklyHours,
  type Service,
} from '@salon/db';
import { type DemoHours, type DemoShop } from './demo-data/types';
import { addDays, isoDate, localInstant, localToday } from './local-calendar';
import { lookup } from './lookup';

/** A seeded shop: its id, its services by key and its staff ids by key. */
export type SeededShop = { spec: DemoShop; id: string; services: Map<string, Service>; staffIds: Map<string, string> };

/** Inserts one shop with its services, staff, who-does-what, weekly hours, overrides and time off. */
export async function insertShop(db: Database, spec: DemoShop, ownerId: string, now: Date): Promise<SeededShop> {
  const { key: _key, owner: _owner, hours, services: menu, staff: team, overrides = [], timeOff: absences = [], ...columns } = spec;
  const [shop] = await db.insert(shops).values({ ...columns, ownerId, slotIntervalMinutes: 15 }).returning({ id: shops.id });
  if (!shop) throw new Error(`could not insert shop ${spec.key}`);

  const serviceRows = await db
    .insert(services)
    .values(menu.map(({ key: _k, ...service }) => ({ ...service, shopId: shop.id })))
    .returning();
  // Matched by name (unique per menu): RETURNING order is not a documented guarantee.
  const rowsByName = new Map(serviceRows.map((row) => [row.name, row]));
  const servicesByKey = new Map(menu.map((service) => [service.key, lookup(rowsByName, service.name, 'service')]));

  const staffIds = new Map<string, string>();
  const hourRows = hours.map((window) => weeklyRow(shop.id, null, window));
  for (const member of team) {
    const [row] = await db
      .insert(staff)
      .values({ shopId: shop.id, displayName: member.displayName, email: member.email ?? null })
      .returning({ id: staff.id });
    if (!row) throw new Error(`could not insert staff ${member.key}`);
    staffIds.set(member.key, row.id);
    await db.insert(staffServices).values(
      member.services.map((key) => ({
        shopId: shop.id,
        staffId: row.id,
        serviceId: lookup(servicesByKey, key, 'service').id,
        priceMinor: member.rates?.[key]?.priceMinor ?? null,
        durationMinutes: member.rates?.[key]?.durationMinutes ?? null,
      })),
    );
    hourRows.push(...member.hours.map((window) => weeklyRow(shop.id, row.id, window)));
  }
  await db.insert(weeklyHours).values(hourRows);

  const today = localToday(now, spec.timeZone);
  if (overrides.length > 0) {
    await db.insert(dateOverrides).values(
      overrides.map((o) => ({
        shopId: shop.id,
        staffId: o.staff ? lookup(staffIds, o.staff, 'staff member') : null,
        date: isoDate(addDays(today, o.dayOffset)),
        isClosed: o.isClosed,
        windows: o.windows ?? [],
        reason: o.reason,
      })),
    );
  }
  if (absences.length > 0) {
    await db.insert(timeOff).values(
      absences.map((a) => ({
        shopId: shop.id,
        staffId: lookup(staffIds, a.staff, 'staff member'),
        startsAt: localInstant(addDays(today, a.dayOffset), '00:00', spec.timeZone),
        endsAt: localInstant(addDays(today, a.dayOffset + a.days), '00:00', spec.timeZone),
        reason: a.reason,
      })),
    );
  }
  return { spec, id: shop.id, services: servicesByKey, staffIds };
}

function weeklyRow(shopId: string, staffId: string | null, window: DemoHours): NewWeeklyHours {
  return { shopId, staffId, rrule: `FREQ=WEEKLY;BYDAY=${window.days.join(',')}`, startLocal: window.start, endLocal: window.end };
}

