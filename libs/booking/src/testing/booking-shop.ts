import { type Database, type NewService, type NewShop } from '@salon/db';
import { makeCustomer, makeService, makeShop, makeStaff, makeWeeklyHours } from '@salon/db/testing';

/** Tuesday 1 December 2026, 08:00 UTC (London is on UTC in December): the booking tests' clock. */
export const BOOKING_NOW = new Date('2026-12-01T08:00:00Z');

/**
 * A London shop open weekdays 09:00–17:00 with one 30-minute £25 service performed by
 * `staffCount` stylists (sorted by id, rule 5's tie-break), a customer, and a booking context at
 * `now` acting as that customer. Shop columns (notice, interval, approval), the service's and the
 * weekday hours can be overridden.
 */
export async function makeBookableShop(
  db: Database,
  opts: {
    staffCount?: number;
    shop?: Partial<NewShop>;
    service?: Partial<NewService>;
    hours?: { startLocal: string; endLocal: string };
    now?: () => Date;
  } = {},
) {
  const shop = await makeShop(db, opts.shop);
  await makeWeeklyHours(db, { shopId: shop.id, ...opts.hours });
  const service = await makeService(db, { ...opts.service, shopId: shop.id });
  const staff = [];
  for (let index = 0; index < (opts.staffCount ?? 1); index += 1) {
    staff.push(await makeStaff(db, { shopId: shop.id, serviceIds: [service.id] }));
  }
  staff.sort((a, b) => (a.id < b.id ? -1 : 1));
  const customer = await makeCustomer(db);
  const ctx = { db, now: opts.now ?? (() => BOOKING_NOW), userId: customer.userId };
  const customerActor = { kind: 'customer' as const, customerId: customer.id };
  const ownerActor = { kind: 'owner' as const, ownerId: shop.ownerId };
  const bookingInput = (start: Date, staffId?: string) => ({
    customerId: customer.id, shopId: shop.id, serviceId: service.id, start, ...(staffId && { staffId }),
  });
  return { shop, service, staff, customer, ctx, customerActor, ownerActor, bookingInput };
}
