import { eq } from 'drizzle-orm';
import { bookingHolds } from '../../schema/booking-holds';
import { bookings } from '../../schema/bookings';
import { services } from '../../schema/services';
import { shops } from '../../schema/shops';
import { withTransaction } from '../../transaction';
import { type Booking, type BookingHold, type Database, type NewBooking, type Service } from '../../types';
import { makeService, makeShop, makeStaff } from './catalogue';
import { makeCustomer } from './people';
import { singleRow } from './unique';

/** Monday 7 January 2030, 10:00 UTC: far from any real "now", so notice rules never interfere. */
const DEFAULT_STARTS_AT = new Date('2030-01-07T10:00:00Z');
const MINUTE_MS = 60_000;

/** {@link makeBooking} input: any booking column; missing parents are created. */
export type MakeBookingInput = Partial<NewBooking>;

/**
 * Inserts a booking and its `service` hold (buffers included) in one transaction, the way the
 * booking use case does, so an overlapping hold fails the whole booking with 23P01. Missing shop,
 * service, staff or customer are created; snapshots are copied from the service; a `cancelled`
 * booking gets an inactive hold.
 */
export async function makeBooking(
  db: Database,
  overrides: MakeBookingInput = {},
): Promise<{ booking: Booking; hold: BookingHold }> {
  return withTransaction({ db }, async (tx) => {
    const shopId = overrides.shopId ?? (await makeShop(tx)).id;
    const service = overrides.serviceId ? await loadService(tx, overrides.serviceId) : await makeService(tx, { shopId });
    const staffId = overrides.staffId ?? (await makeStaff(tx, { shopId, serviceIds: [service.id] })).id;
    const customerId = overrides.customerId ?? (await makeCustomer(tx)).id;
    const startsAt = overrides.startsAt ?? DEFAULT_STARTS_AT;
    const values: NewBooking = {
      serviceName: service.name,
      priceMinor: service.priceMinor,
      currency: await shopCurrency(tx, shopId),
      durationMinutes: service.durationMinutes,
      bufferBeforeMinutes: service.bufferBeforeMinutes,
      bufferAfterMinutes: service.bufferAfterMinutes,
      endsAt: new Date(startsAt.getTime() + service.durationMinutes * MINUTE_MS),
      ...overrides,
      shopId,
      serviceId: service.id,
      staffId,
      customerId,
      startsAt,
    };
    const booking = singleRow(await tx.insert(bookings).values(values).returning());
    const during = {
      start: new Date(booking.startsAt.getTime() - booking.bufferBeforeMinutes * MINUTE_MS),
      end: new Date(booking.endsAt.getTime() + booking.bufferAfterMinutes * MINUTE_MS),
    };
    const hold = singleRow(
      await tx
        .insert(bookingHolds)
        .values({ bookingId: booking.id, shopId, staffId, during, isActive: booking.status !== 'cancelled' })
        .returning(),
    );
    return { booking, hold };
  });
}

async function loadService(db: Database, serviceId: string): Promise<Service> {
  return singleRow(await db.select().from(services).where(eq(services.id, serviceId)));
}

async function shopCurrency(db: Database, shopId: string): Promise<string> {
  return singleRow(await db.select({ currency: shops.currency }).from(shops).where(eq(shops.id, shopId))).currency;
}
