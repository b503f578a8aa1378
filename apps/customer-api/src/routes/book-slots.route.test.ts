import { SCHEDULING_CASES, makeCaseSalon } from '@salon/availability/testing';
import { makeOwner, makeStaff, makeWeeklyHours } from '@salon/db/testing';
import { errorEnvelope, type TestApi } from '@salon/runtime/testing';
import { type CustomerTypedClient, useCustomerApi } from '../testing/customer-api-harness';

// scheduling-cases.md 9–12 end to end over HTTP: the slots the calendar view lists are exactly the
// starts POST /bookings accepts, a booked start leaves the list, and booking it again is 409.
const harness = useCustomerApi(() => clock);
let api: TestApi;
let typed: CustomerTypedClient;
let clock = new Date('2026-01-01T00:00:00Z');
const { headersFor } = harness;

beforeAll(() => {
  api = harness.api();
  typed = harness.typed();
});

const slotStarts = async (shopId: string, serviceId: string, date: string) => {
  const res = await typed.client.slots.calendarView({ params: { shopId }, query: { serviceId, from: date, to: date } });
  if (res.status !== 200) throw new Error(`calendar view answered ${res.status}`);
  return res.body.days.flatMap((day) => day.slots.map((slot) => slot.start));
};
const book = async (extraHeaders: Record<string, string>, body: { shopId: string; serviceId: string; start: string; staffId?: string }) =>
  typed.client.bookings.create({ body, headers: {}, extraHeaders });

describe.each(SCHEDULING_CASES.filter((c) => /^case (9|10):/.test(c.name)))('$name', (c) => {
  it('lists the case\'s slots, books the first, no longer lists it, and refuses it a second time (409)', async () => {
    clock = new Date(c.now);
    const owner = await makeOwner(api.database.db);
    const { shop, service } = await makeCaseSalon(api.database.db, owner.id, c.setup);
    expect(await slotStarts(shop.id, service.id, c.from)).toEqual(c.starts);
    const start = c.starts[0]!;
    const first = await book(await headersFor('case-first'), { shopId: shop.id, serviceId: service.id, start });
    expect(first.status).toBe(201);
    expect(first.status === 201 && first.body).toMatchObject({ startsAt: start, status: 'confirmed' });
    expect(await slotStarts(shop.id, service.id, c.from)).not.toContain(start);
    const second = await book(await headersFor('case-second'), { shopId: shop.id, serviceId: service.id, start });
    expect([second.status, second.body]).toEqual([409, errorEnvelope('slot_unavailable')]);
    expect(second.status === 409 && second.body.error.details).toEqual([{ path: 'body.start', message: expect.any(String) }]);
  });
});

describe('case 11: two stylists, one already booked at 10:00', () => {
  it('books the free stylist when none is asked for, then refuses a third booking (409)', async () => {
    clock = new Date('2026-01-01T00:00:00Z');
    const owner = await makeOwner(api.database.db);
    const setup = { timeZone: 'Europe/London', byDay: 'MO', start: '09:00', end: '12:00', bookingStarts: ['2026-06-01T09:00:00Z'] };
    const { shop, service, stylist } = await makeCaseSalon(api.database.db, owner.id, setup);
    const other = await makeStaff(api.database.db, { shopId: shop.id, serviceIds: [service.id] });
    await makeWeeklyHours(api.database.db, { shopId: shop.id, staffId: other.id, rrule: 'FREQ=WEEKLY;BYDAY=MO', startLocal: '09:00', endLocal: '12:00' });
    const start = '2026-06-01T09:00:00.000Z';
    expect(await slotStarts(shop.id, service.id, '2026-06-01')).toContain(start);
    const booked = await book(await headersFor('case11-a'), { shopId: shop.id, serviceId: service.id, start });
    expect(booked.status).toBe(201);
    expect(booked.status === 201 && booked.body.staff.id).toBe(other.id);
    expect(booked.status === 201 && booked.body.staff.id).not.toBe(stylist.id);
    expect(await slotStarts(shop.id, service.id, '2026-06-01')).not.toContain(start);
    const third = await book(await headersFor('case11-b'), { shopId: shop.id, serviceId: service.id, start });
    expect([third.status, third.body]).toEqual([409, errorEnvelope('slot_unavailable')]);
  });
});

describe('case 12: moving a booking over its own time', () => {
  it('moves 10:00–11:00 to 10:30–11:30 with the same stylist: 200, and the lists follow the move', async () => {
    clock = new Date('2026-01-01T00:00:00Z');
    const owner = await makeOwner(api.database.db);
    const setup = { timeZone: 'Europe/London', byDay: 'MO', start: '09:00', end: '13:00', slotIntervalMinutes: 30 };
    const { shop, service, stylist } = await makeCaseSalon(api.database.db, owner.id, setup);
    const extraHeaders = await headersFor('case12');
    const booked = await book(extraHeaders, { shopId: shop.id, serviceId: service.id, start: '2026-06-01T09:00:00Z', staffId: stylist.id });
    expect(booked.status).toBe(201);
    if (booked.status !== 201) return;
    const moved = await typed.client.bookings.update({ params: { id: booked.body.id }, body: { start: '2026-06-01T09:30:00Z' }, extraHeaders });
    expect(moved.status).toBe(200);
    expect(moved.status === 200 && moved.body).toMatchObject({
      startsAt: '2026-06-01T09:30:00.000Z',
      endsAt: '2026-06-01T10:30:00.000Z',
      localStart: '2026-06-01T10:30:00+01:00',
      staff: { id: stylist.id },
    });
    const starts = await slotStarts(shop.id, service.id, '2026-06-01');
    expect(starts).not.toContain('2026-06-01T09:30:00.000Z');
    expect(starts).toContain('2026-06-01T10:30:00.000Z');
  });
});
