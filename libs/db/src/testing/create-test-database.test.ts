import { eq } from 'drizzle-orm';
import { checkMigrations } from '../migrations';
import { bookingHolds } from '../schema/booking-holds';
import { users } from '../schema/users';
import { createTestDatabase, makeBooking, makeService, makeShop, makeStaff, makeUser, useTestDatabase } from './index';

describe('createTestDatabase', () => {
  it('gives each caller its own migrated database', async () => {
    const [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    try {
      await expect(checkMigrations(first)).resolves.toMatchObject({ ok: true });
      await makeUser(first.db, { clerkUserId: 'user_only_in_first' });
      const inSecond = await second.db.select().from(users).where(eq(users.clerkUserId, 'user_only_in_first'));
      expect(inSecond).toEqual([]);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});

describe('factories', () => {
  const handle = useTestDatabase();

  it('makeBooking copies the service and shop currency and holds the buffers too', async () => {
    const shop = await makeShop(handle().db, { currency: 'EUR', timeZone: 'Europe/Berlin' });
    const service = await makeService(handle().db, {
      shopId: shop.id,
      name: 'Balayage',
      priceMinor: 14_000,
      durationMinutes: 120,
      bufferBeforeMinutes: 10,
      bufferAfterMinutes: 15,
    });
    const colourist = await makeStaff(handle().db, { shopId: shop.id, serviceIds: [service.id] });
    const startsAt = new Date('2030-05-06T08:00:00Z');
    const { booking, hold } = await makeBooking(handle().db, { shopId: shop.id, serviceId: service.id, staffId: colourist.id, startsAt });
    expect(booking).toMatchObject({ serviceName: 'Balayage', priceMinor: 14_000, currency: 'EUR', durationMinutes: 120, status: 'confirmed' });
    expect(booking.endsAt).toEqual(new Date('2030-05-06T10:00:00Z'));
    expect(hold).toMatchObject({ bookingId: booking.id, staffId: colourist.id, kind: 'service', isActive: true });
    expect(hold.during).toEqual({ start: new Date('2030-05-06T07:50:00Z'), end: new Date('2030-05-06T10:15:00Z') });
  });

  it('makeBooking builds every missing parent', async () => {
    const { booking } = await makeBooking(handle().db);
    const holds = await handle().db.select().from(bookingHolds).where(eq(bookingHolds.bookingId, booking.id));
    expect(holds).toHaveLength(1);
  });
});
