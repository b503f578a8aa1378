import { eq, sql } from 'drizzle-orm';
import { constraintName, isExclusionViolation, pgErrorCode } from './errors';
import { BOOKING_HOLDS_NO_OVERLAP, bookingHolds } from './schema/booking-holds';
import { bookings } from './schema/bookings';
import { makeBooking, makeService, makeShop, makeStaff, useTestDatabase } from './testing';
import { type Service, type Shop, type Staff } from './types';

// The no-double-booking guarantee, on whichever driver this run uses (PGlite by default,
// PostgreSQL with DATABASE_URL). The 100-way race lives in booking-holds-race.test.ts.
const handle = useTestDatabase();
let shop: Shop;
let service: Service;
let stylist: Staff;

const at = (hhmm: string) => new Date(`2030-01-07T${hhmm}:00Z`);

beforeAll(async () => {
  shop = await makeShop(handle().db);
  service = await makeService(handle().db, { shopId: shop.id, durationMinutes: 60 });
  stylist = await makeStaff(handle().db, { shopId: shop.id, serviceIds: [service.id] });
});

function book(startsAt: Date, overrides: { staffId?: string; status?: 'cancelled' } = {}) {
  return makeBooking(handle().db, { shopId: shop.id, serviceId: service.id, staffId: stylist.id, startsAt, ...overrides });
}

async function expectSlotTaken(attempt: Promise<unknown>): Promise<void> {
  const err: unknown = await attempt.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(pgErrorCode(err)).toBe('23P01');
  expect(isExclusionViolation(err)).toBe(true);
  expect(constraintName(err)).toBe(BOOKING_HOLDS_NO_OVERLAP);
}

describe('booking_holds exclusion constraint', () => {
  it('refuses an active hold that overlaps another of the same staff member (23P01)', async () => {
    await book(at('09:00'));
    await expectSlotTaken(book(at('09:30')));
  });

  it('rolls the whole booking back when its hold is refused', async () => {
    await book(at('11:00'));
    await expectSlotTaken(book(at('11:15')));
    const rows = await handle().db.select().from(bookings).where(eq(bookings.startsAt, at('11:15')));
    expect(rows).toHaveLength(0);
  });

  it('allows adjacent [) ranges: one ends exactly when the next starts', async () => {
    await book(at('13:00'));
    await expect(book(at('14:00'))).resolves.toBeDefined();
    await expect(book(at('12:00'))).resolves.toBeDefined();
  });

  it('counts buffers: a clean-up buffer blocks the next start', async () => {
    const withBuffer = await makeService(handle().db, { shopId: shop.id, durationMinutes: 30, bufferAfterMinutes: 15 });
    const colourist = await makeStaff(handle().db, { shopId: shop.id, serviceIds: [withBuffer.id] });
    await makeBooking(handle().db, { shopId: shop.id, serviceId: withBuffer.id, staffId: colourist.id, startsAt: at('15:00') });
    const next = makeBooking(handle().db, { shopId: shop.id, serviceId: withBuffer.id, staffId: colourist.id, startsAt: at('15:40') });
    await expectSlotTaken(next);
  });

  it('ignores inactive holds: a cancelled booking does not block its time', async () => {
    await book(at('16:00'), { status: 'cancelled' });
    await expect(book(at('16:00'))).resolves.toBeDefined();
  });

  it('frees the time when an existing hold is deactivated', async () => {
    const { hold } = await book(at('18:00'));
    await expectSlotTaken(book(at('18:00')));
    await handle().db.update(bookingHolds).set({ isActive: false }).where(eq(bookingHolds.id, hold.id));
    await expect(book(at('18:00'))).resolves.toBeDefined();
  });

  it('does not compare different staff members', async () => {
    const other = await makeStaff(handle().db, { shopId: shop.id, serviceIds: [service.id] });
    await book(at('20:00'));
    await expect(book(at('20:00'), { staffId: other.id })).resolves.toBeDefined();
  });

  it('is keyed by shop, staff member and time (migration 0009), ready for tables distributed by shop_id', async () => {
    const result = await handle().db.execute(
      sql`select pg_get_constraintdef(oid) as def from pg_constraint where conname = ${BOOKING_HOLDS_NO_OVERLAP}`,
    );
    const rows = ((result as { rows?: unknown[] }).rows ?? (result as unknown[])) as Array<{ def: string }>;
    expect(rows.map((row) => row.def)).toEqual(['EXCLUDE USING gist (shop_id WITH =, staff_id WITH =, during WITH &&) WHERE (is_active)']);
  });

  it('reads the range back as the instants written', async () => {
    const { hold } = await book(at('22:00'));
    const [row] = await handle().db.select().from(bookingHolds).where(eq(bookingHolds.id, hold.id));
    expect(row?.during).toEqual({ start: at('22:00'), end: at('23:00') });
  });
});
