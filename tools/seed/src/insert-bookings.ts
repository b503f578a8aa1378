import { bookingHolds, bookings, bookingStatusHistory, type Database, type Service } from '@salon/db';
import { type DemoBooking, type DemoShop } from './demo-data/types';
import { customerIdOf, type SeededPerson } from './insert-people';
import { type SeededShop } from './insert-shop';
import { addDays, type LocalDate, localInstant, localToday, weekdayCode } from './local-calendar';
import { lookup } from './lookup';

const MINUTE_MS = 60_000;
/** Every demo booking falls within the next two weeks. */
const HORIZON_DAYS = 14;

/**
 * Inserts each demo booking with its hold (buffers included) and status history. The exclusion
 * constraint checks the data: an overlap in it fails the seed with 23P01.
 */
export async function insertBookings(
  db: Database,
  demo: DemoBooking[],
  shopsByKey: ReadonlyMap<string, SeededShop>,
  people: ReadonlyMap<string, SeededPerson>,
  now: Date,
): Promise<void> {
  for (const spec of demo) {
    const shop = lookup(shopsByKey, spec.shop, 'shop');
    const service = withStaffRate(shop.spec, spec, lookup(shop.services, spec.service, 'service'));
    const staffId = lookup(shop.staffIds, spec.staff, 'staff member');
    const customer = lookup(people, spec.customer, 'person');
    const customerId = customerIdOf(people, spec.customer);
    const date = bookableDate(shop.spec, spec, service, now);
    const startsAt = localInstant(date, spec.time, shop.spec.timeZone);
    const endsAt = new Date(startsAt.getTime() + service.durationMinutes * MINUTE_MS);
    const status = spec.status ?? 'confirmed';
    // Made 35 days before (the earlier of now and the start): always in an earlier calendar month, so
    // the demo customers on Free still have this month's bookings to try (plans count by month made).
    const madeAt = new Date(Math.min(now.getTime(), startsAt.getTime()) - 35 * 24 * 60 * MINUTE_MS);
    const [booking] = await db
      .insert(bookings)
      .values({
        shopId: shop.id,
        customerId,
        serviceId: service.id,
        staffId,
        startsAt,
        endsAt,
        status,
        serviceName: service.name,
        priceMinor: service.priceMinor,
        currency: shop.spec.currency,
        durationMinutes: service.durationMinutes,
        bufferBeforeMinutes: service.bufferBeforeMinutes,
        bufferAfterMinutes: service.bufferAfterMinutes,
        notes: spec.notes ?? null,
        createdAt: madeAt,
        updatedAt: madeAt,
        ...(status === 'cancelled' ? { cancelledAt: now, cancellationReason: 'Change of plans' } : {}),
      })
      .returning();
    if (!booking) throw new Error(`could not insert a booking at ${spec.shop}`);
    await db.insert(bookingHolds).values({
      bookingId: booking.id,
      shopId: shop.id,
      staffId,
      during: {
        start: new Date(startsAt.getTime() - service.bufferBeforeMinutes * MINUTE_MS),
        end: new Date(endsAt.getTime() + service.bufferAfterMinutes * MINUTE_MS),
      },
      // A cancelled booking keeps its hold as a record, inactive, so the time is free again.
      isActive: status !== 'cancelled',
    });
    const initial = status === 'cancelled' ? 'confirmed' : status;
    await db.insert(bookingStatusHistory).values([
      { bookingId: booking.id, fromStatus: null, toStatus: initial, changedByUserId: customer.userId, createdAt: madeAt },
      ...(status === 'cancelled'
        ? [{ bookingId: booking.id, fromStatus: initial, toStatus: status, changedByUserId: customer.userId, reason: 'Change of plans' }]
        : []),
    ]);
  }
}

/** The service as this booking's staff member performs it: their own price and length where set. */
export function withStaffRate<T extends Pick<Service, 'priceMinor' | 'durationMinutes'>>(shop: DemoShop, spec: DemoBooking, service: T): T {
  const rate = shop.staff.find((s) => s.key === spec.staff)?.rates?.[spec.service];
  return { ...service, priceMinor: rate?.priceMinor ?? service.priceMinor, durationMinutes: rate?.durationMinutes ?? service.durationMinutes };
}

/**
 * The first shop-local date from `dayOffset` on when the staff member works through the whole
 * hold (buffers included), the shop has no override and the staff member is not off.
 */
export function bookableDate(
  shop: DemoShop,
  spec: DemoBooking,
  service: Pick<Service, 'durationMinutes' | 'bufferBeforeMinutes' | 'bufferAfterMinutes'>,
  now: Date,
): LocalDate {
  const today = localToday(now, shop.timeZone);
  const member = shop.staff.find((s) => s.key === spec.staff);
  const blocked = new Set([
    ...(shop.overrides ?? []).map((o) => o.dayOffset),
    ...(shop.timeOff ?? []).filter((t) => t.staff === spec.staff).flatMap((t) => Array.from({ length: t.days }, (_, i) => t.dayOffset + i)),
  ]);
  const from = toMinutes(spec.time) - service.bufferBeforeMinutes;
  const until = toMinutes(spec.time) + service.durationMinutes + service.bufferAfterMinutes;
  for (let offset = spec.dayOffset; offset < HORIZON_DAYS; offset++) {
    const date = addDays(today, offset);
    const day = weekdayCode(date);
    const fits = member?.hours.some((w) => w.days.includes(day) && toMinutes(w.start) <= from && until <= toMinutes(w.end));
    if (fits && !blocked.has(offset)) return date;
  }
  throw new Error(`demo booking at ${spec.shop} for ${spec.staff} at ${spec.time} finds no working day`);
}

function toMinutes(hhmm: string): number {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return hours * 60 + minutes;
}
