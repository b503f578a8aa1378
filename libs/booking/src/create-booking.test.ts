import { and, bookingHolds, bookings, eq, services, staffServices, timeOff } from '@salon/db';
import { makeStaff, useTestDatabase } from '@salon/db/testing';
import { createBooking } from './index';
import { makeBookableShop } from './testing';

const database = useTestDatabase();
const at = (iso: string) => new Date(iso);
const WED_10 = at('2026-12-02T10:00:00Z'); // Wednesday 10:00 London, inside 09:00–17:00

describe('createBooking: the snapshot', () => {
  it('takes a stylist\'s own price and duration, and holds exactly that long', async () => {
    const { db } = database();
    const { ctx, staff, service, bookingInput } = await makeBookableShop(db, { staffCount: 2 });
    const [senior, junior] = staff as [typeof staff[0], typeof staff[0]];
    await db.update(staffServices).set({ priceMinor: 4000, durationMinutes: 45 })
      .where(and(eq(staffServices.staffId, senior.id), eq(staffServices.serviceId, service.id)));
    const own = await createBooking({ ctx, input: bookingInput(WED_10, senior.id) });
    expect(own).toMatchObject({ staffId: senior.id, priceMinor: 4000, durationMinutes: 45, currency: 'GBP' });
    expect(own.endsAt).toEqual(at('2026-12-02T10:45:00Z'));
    const [hold] = await db.select().from(bookingHolds).where(eq(bookingHolds.bookingId, own.id));
    expect(hold!.during).toEqual({ start: WED_10, end: at('2026-12-02T10:45:00Z') });
    const plain = await createBooking({ ctx, input: bookingInput(WED_10, junior.id) });
    expect(plain).toMatchObject({ staffId: junior.id, priceMinor: 2500, durationMinutes: 30 });
    expect(plain.endsAt).toEqual(at('2026-12-02T10:30:00Z'));
  });

  it('a later change of the service price leaves the booking\'s snapshot alone', async () => {
    const { db } = database();
    const { ctx, staff, service, bookingInput } = await makeBookableShop(db);
    const booking = await createBooking({ ctx, input: bookingInput(WED_10, staff[0]!.id) });
    await db.update(staffServices).set({ priceMinor: 9900, durationMinutes: 90 }).where(eq(staffServices.serviceId, service.id));
    await db.update(services).set({ name: 'Renamed', priceMinor: 9900 }).where(eq(services.id, service.id));
    const [stored] = await db.select().from(bookings).where(eq(bookings.id, booking.id));
    expect(stored).toMatchObject({ serviceName: 'Haircut', priceMinor: 2500, durationMinutes: 30, endsAt: at('2026-12-02T10:30:00Z') });
  });
});

describe('createBooking: "anyone" assignment (rule 5: fewest bookings that day, then id)', () => {
  it('ties go to the lowest id; then the stylist with fewer bookings that day; bookings on other days do not count', async () => {
    const { db } = database();
    const { ctx, staff, bookingInput } = await makeBookableShop(db, { staffCount: 3 });
    const [a, b, c] = staff.map((member) => member.id) as [string, string, string];
    // a is busy on Thursday: that does not count against a on Wednesday
    await createBooking({ ctx, input: bookingInput(at('2026-12-03T10:00:00Z'), a) });
    expect((await createBooking({ ctx, input: bookingInput(at('2026-12-02T09:00:00Z')) })).staffId).toBe(a);
    expect((await createBooking({ ctx, input: bookingInput(at('2026-12-02T12:00:00Z')) })).staffId).toBe(b);
    expect((await createBooking({ ctx, input: bookingInput(at('2026-12-02T14:00:00Z')) })).staffId).toBe(c);
    // everyone has one booking: back to the lowest id
    expect((await createBooking({ ctx, input: bookingInput(at('2026-12-02T15:00:00Z')) })).staffId).toBe(a);
  });

  it('a busy stylist is skipped even when they have fewer bookings', async () => {
    const { db } = database();
    const { ctx, staff, bookingInput } = await makeBookableShop(db, { staffCount: 2 });
    const [a, b] = staff.map((member) => member.id) as [string, string];
    await createBooking({ ctx, input: bookingInput(at('2026-12-02T09:00:00Z'), b) });
    await createBooking({ ctx, input: bookingInput(at('2026-12-02T11:00:00Z'), b) });
    await createBooking({ ctx, input: bookingInput(WED_10, a) });
    expect((await createBooking({ ctx, input: bookingInput(WED_10) })).staffId).toBe(b);
  });
});

describe('createBooking: every refusal of the engine', () => {
  const refused = (reason: string) => ({ code: 'slot_unavailable', details: [{ path: 'body.start', message: reason }] });

  it('too_soon: inside the minimum notice (60 minutes)', async () => {
    const { ctx, bookingInput } = await makeBookableShop(database().db, { now: () => at('2026-12-02T09:30:00Z') });
    await expect(createBooking({ ctx, input: bookingInput(WED_10) })).rejects.toMatchObject(refused('too_soon'));
  });

  it('too_far: past the maximum advance (60 days)', async () => {
    const { ctx, bookingInput } = await makeBookableShop(database().db);
    await expect(createBooking({ ctx, input: bookingInput(at('2027-02-01T10:00:00Z')) })).rejects.toMatchObject(refused('too_far'));
  });

  it.each([
    ['off the 15-minute grid', '2026-12-02T10:05:00Z'],
    ['on a Saturday (closed)', '2026-12-05T10:00:00Z'],
    ['ending after closing time', '2026-12-02T16:45:00Z'],
  ])('not_a_slot: %s', async (_name, start) => {
    const { ctx, bookingInput, staff } = await makeBookableShop(database().db);
    await expect(createBooking({ ctx, input: bookingInput(at(start)) })).rejects.toMatchObject(refused('not_a_slot'));
    await expect(createBooking({ ctx, input: bookingInput(at(start), staff[0]!.id) })).rejects.toMatchObject(refused('not_a_slot'));
  });

  it('staff_unavailable: the stylist asked for is booked over that time, or off', async () => {
    const { db } = database();
    const { ctx, staff, bookingInput } = await makeBookableShop(db, { staffCount: 2 });
    const [a, b] = staff as [typeof staff[0], typeof staff[0]];
    await createBooking({ ctx, input: bookingInput(WED_10, a.id) });
    await expect(createBooking({ ctx, input: bookingInput(at('2026-12-02T10:15:00Z'), a.id) })).rejects.toMatchObject(refused('staff_unavailable'));
    await db.insert(timeOff).values({ shopId: b.shopId, staffId: b.id, startsAt: at('2026-12-02T13:00:00Z'), endsAt: at('2026-12-02T14:00:00Z') });
    await expect(createBooking({ ctx, input: bookingInput(at('2026-12-02T13:30:00Z'), b.id) })).rejects.toMatchObject(refused('staff_unavailable'));
  });

  it('no_staff_free: "anyone" when every performer is busy', async () => {
    const { ctx, staff, bookingInput } = await makeBookableShop(database().db, { staffCount: 2 });
    for (const member of staff) await createBooking({ ctx, input: bookingInput(WED_10, member.id) });
    await expect(createBooking({ ctx, input: bookingInput(WED_10) })).rejects.toMatchObject(refused('no_staff_free'));
  });

  it('staff_not_eligible: a stylist who does not perform the service is a 400 on body.staffId', async () => {
    const { db } = database();
    const { ctx, service, bookingInput } = await makeBookableShop(db);
    const other = await makeStaff(db, { shopId: service.shopId });
    const error = await createBooking({ ctx, input: bookingInput(WED_10, other.id) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'validation_failed', details: [{ path: 'body.staffId' }] });
    const holds = await db.select().from(bookingHolds).where(eq(bookingHolds.shopId, service.shopId));
    expect(holds).toHaveLength(0);
  });
});
