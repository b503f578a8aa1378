import { constraintName, pgErrorCode } from './errors';
import { makeBooking, makeOwner, makeService, makeShop, makeStaff, makeWeeklyHours, useTestDatabase } from './testing';
import { type Shop } from './types';
import { dateOverrides } from './schema/date-overrides';
import { services } from './schema/services';
import { shops } from './schema/shops';
import { users } from './schema/users';

// The CHECKs and keys that keep bad rows out whatever the application does.
const handle = useTestDatabase();
let shop: Shop;
beforeAll(async () => {
  shop = await makeShop(handle().db);
});

async function violation(attempt: Promise<unknown>): Promise<{ code?: string; constraint?: string }> {
  const err = await attempt.then(
    () => undefined,
    (e: unknown) => e,
  );
  return { code: pgErrorCode(err), constraint: constraintName(err) };
}

describe('CHECK constraints', () => {
  it.each([
    ['negative price', { priceMinor: -1 }, 'services_price_non_negative'],
    ['zero duration', { durationMinutes: 0 }, 'services_duration_positive'],
    ['negative buffer', { bufferAfterMinutes: -5 }, 'services_buffers_non_negative'],
    ['segments that are not an array', { segments: { kind: 'active' } as never }, 'services_segments_array'],
  ])('refuses a service with %s', async (_label, bad, constraint) => {
    const values = { shopId: shop.id, name: 'Bad', priceMinor: 100, durationMinutes: 30, ...bad };
    await expect(violation(handle().db.insert(services).values(values))).resolves.toEqual({ code: '23514', constraint });
  });

  it.each([
    ['a lower-case currency', { currency: 'gbp' }, 'shops_currency_iso'],
    ['a latitude without longitude', { latitude: 51.5 }, 'shops_coordinates_paired'],
    ['a zero slot interval', { slotIntervalMinutes: 0 }, 'shops_slot_interval_positive'],
    ['an unknown start alignment', { startAlignment: 'anywhere' as never }, 'shops_start_alignment_known'],
  ])('refuses a shop with %s', async (_label, bad, constraint) => {
    const values = { ownerId: shop.ownerId, name: 'Bad', timeZone: 'Europe/London', currency: 'GBP', ...bad };
    await expect(violation(handle().db.insert(shops).values(values))).resolves.toEqual({ code: '23514', constraint });
  });

  it.each([
    ['9:00', '17:00', 'weekly_hours_start_local_format'],
    ['09:00', '25:00', 'weekly_hours_end_local_format'],
    ['17:00', '17:00', 'weekly_hours_window_not_empty'],
  ])('refuses weekly hours %s–%s', async (startLocal, endLocal, constraint) => {
    await expect(violation(makeWeeklyHours(handle().db, { shopId: shop.id, startLocal, endLocal }))).resolves.toEqual({
      code: '23514',
      constraint,
    });
  });

  it('accepts overnight weekly hours (an end before the start is on the next date)', async () => {
    await expect(makeWeeklyHours(handle().db, { shopId: shop.id, startLocal: '22:30', endLocal: '01:30' })).resolves.toMatchObject({ endLocal: '01:30' });
  });

  it('accepts a window that ends at midnight, and split shifts as several rows', async () => {
    await makeWeeklyHours(handle().db, { shopId: shop.id, startLocal: '18:00', endLocal: '24:00' });
    await makeWeeklyHours(handle().db, { shopId: shop.id, startLocal: '09:00', endLocal: '13:00' });
    await expect(makeWeeklyHours(handle().db, { shopId: shop.id, startLocal: '14:00', endLocal: '18:00' })).resolves.toBeDefined();
  });

  it('refuses a role other than owner or customer', async () => {
    const values = { clerkUserId: 'user_admin', roles: ['admin'] as never[] };
    await expect(violation(handle().db.insert(users).values(values))).resolves.toEqual({ code: '23514', constraint: 'users_roles_known' });
  });
});

describe('keys that keep a booking inside one shop', () => {
  it("refuses a booking with another shop's staff member", async () => {
    const service = await makeService(handle().db, { shopId: shop.id });
    const elsewhere = await makeStaff(handle().db, { shopId: (await makeShop(handle().db)).id });
    const attempt = makeBooking(handle().db, { shopId: shop.id, serviceId: service.id, staffId: elsewhere.id });
    await expect(violation(attempt)).resolves.toEqual({ code: '23503', constraint: 'bookings_staff_same_shop_fk' });
  });

  it("refuses weekly hours for another shop's staff member", async () => {
    const elsewhere = await makeStaff(handle().db, { shopId: (await makeShop(handle().db)).id });
    await expect(violation(makeWeeklyHours(handle().db, { shopId: shop.id, staffId: elsewhere.id }))).resolves.toEqual({
      code: '23503',
      constraint: 'weekly_hours_staff_same_shop_fk',
    });
  });
});

describe('other invariants', () => {
  it('allows one shop-wide override per date (NULLS NOT DISTINCT)', async () => {
    const override = { shopId: shop.id, date: '2030-12-25', isClosed: true, reason: 'Christmas' };
    await handle().db.insert(dateOverrides).values(override);
    await expect(violation(handle().db.insert(dateOverrides).values(override))).resolves.toEqual({
      code: '23505',
      constraint: 'date_overrides_subject_date_unique',
    });
  });

  it('gives every shop its own random calendar feed token', async () => {
    const owner = await makeOwner(handle().db);
    const [a, b] = await Promise.all([makeShop(handle().db, { ownerId: owner.id }), makeShop(handle().db, { ownerId: owner.id })]);
    expect(a.calendarFeedToken).toMatch(/^[0-9a-f]{64}$/);
    expect(a.calendarFeedToken).not.toBe(b.calendarFeedToken);
  });
});
