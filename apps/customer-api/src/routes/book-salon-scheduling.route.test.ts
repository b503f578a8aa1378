import { makeBooking, makeOwner, makeService, makeShop, makeStaff, makeWeeklyHours } from '@salon/db/testing';
import { bookingHolds, eq, staffServices, type NewShop } from '@salon/db';
import { errorEnvelope, type TestApi } from '@salon/runtime/testing';
import { type CustomerTypedClient, useCustomerApi } from '../testing/customer-api-harness';

// Issue 13 from the customer's side: what the public calendar view lists for imported rules,
// overnight hours and gapless starts is exactly what POST /bookings accepts.
const harness = useCustomerApi(() => NOW);
let api: TestApi;
let typed: CustomerTypedClient;
const NOW = new Date('2026-09-01T00:00:00Z');

beforeAll(() => {
  api = harness.api();
  typed = harness.typed();
});

const { headersFor } = harness;
const slotStarts = async (shopId: string, serviceId: string, from: string, to: string) => {
  const res = await typed.client.slots.calendarView({ params: { shopId }, query: { serviceId, from, to } });
  if (res.status !== 200) throw new Error(`calendar view answered ${res.status}`);
  return res.body.days.flatMap((day) => day.slots.map((slot) => slot.start));
};
const book = async (name: string, body: { shopId: string; serviceId: string; start: string }) =>
  typed.client.bookings.create({ body, headers: {}, extraHeaders: await headersFor(name) });

/** A London shop open all week, a 60-minute service and one stylist working `rrule` `start`–`end`. */
async function salon(rule: { rrule: string; start: string; end: string }, shop: Partial<NewShop> = {}) {
  const owner = await makeOwner(api.database.db);
  const row = await makeShop(api.database.db, { ownerId: owner.id, slotIntervalMinutes: 60, minNoticeMinutes: 0, maxAdvanceDays: 730, ...shop });
  const service = await makeService(api.database.db, { shopId: row.id, durationMinutes: 60 });
  const stylist = await makeStaff(api.database.db, { shopId: row.id, serviceIds: [service.id] });
  await makeWeeklyHours(api.database.db, { shopId: row.id, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU', startLocal: '00:00', endLocal: '24:00' });
  await makeWeeklyHours(api.database.db, { shopId: row.id, staffId: stylist.id, rrule: rule.rrule, startLocal: rule.start, endLocal: rule.end });
  return { shop: row, service, stylist };
}

describe('issue 13: listing = booking over HTTP', () => {
  it('the last Monday of a date-only UNTIL is listed and bookable, once', async () => {
    const { shop, service } = await salon({ rrule: 'DTSTART:20261109T100000\nRRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20261116', start: '09:00', end: '10:00' });
    expect(await slotStarts(shop.id, service.id, '2026-11-09', '2026-11-16')).toEqual(['2026-11-09T09:00:00.000Z', '2026-11-16T09:00:00.000Z']);
    const booked = await book('until-a', { shopId: shop.id, serviceId: service.id, start: '2026-11-16T09:00:00.000Z' });
    expect(booked).toMatchObject({ status: 201, body: { startsAt: '2026-11-16T09:00:00.000Z' } });
    const again = await book('until-b', { shopId: shop.id, serviceId: service.id, start: '2026-11-16T09:00:00.000Z' });
    expect([again.status, again.body]).toEqual([409, errorEnvelope('slot_unavailable')]);
  });

  it('an overnight window: a start after midnight is listed on its own date and bookable; one past the window is not', async () => {
    const { shop, service } = await salon({ rrule: 'FREQ=WEEKLY;BYDAY=SA', start: '22:30', end: '01:30' });
    // Saturday 31 October 2026, London on GMT: 22:30, 23:30 and (Sunday) 00:30.
    const starts = await slotStarts(shop.id, service.id, '2026-10-31', '2026-11-01');
    expect(starts).toEqual(['2026-10-31T22:30:00.000Z', '2026-10-31T23:30:00.000Z', '2026-11-01T00:30:00.000Z']);
    expect(await book('night-a', { shopId: shop.id, serviceId: service.id, start: '2026-11-01T00:30:00.000Z' })).toMatchObject({ status: 201 });
    const late = await book('night-b', { shopId: shop.id, serviceId: service.id, start: '2026-11-01T01:30:00.000Z' });
    expect([late.status, late.body]).toEqual([409, errorEnvelope('slot_unavailable')]);
  });

  it('gapless: the end of a 45-minute booking is listed and bookable; grid shops refuse it', async () => {
    for (const startAlignment of ['gapless', 'grid'] as const) {
      const { shop, service, stylist } = await salon({ rrule: 'FREQ=WEEKLY;BYDAY=MO', start: '09:00', end: '12:00' }, { slotIntervalMinutes: 30, startAlignment });
      const short = await makeService(api.database.db, { shopId: shop.id, durationMinutes: 45 });
      await makeBooking(api.database.db, { shopId: shop.id, serviceId: short.id, staffId: stylist.id, startsAt: new Date('2026-11-09T09:00:00Z') });
      const starts = await slotStarts(shop.id, service.id, '2026-11-09', '2026-11-09');
      const answer = await book(`gapless-${startAlignment}`, { shopId: shop.id, serviceId: service.id, start: '2026-11-09T09:45:00.000Z' });
      if (startAlignment === 'gapless') {
        expect(starts[0]).toBe('2026-11-09T09:45:00.000Z');
        expect(answer).toMatchObject({ status: 201, body: { startsAt: '2026-11-09T09:45:00.000Z', endsAt: '2026-11-09T10:45:00.000Z' } });
      } else {
        expect(starts).not.toContain('2026-11-09T09:45:00.000Z');
        expect([answer.status, answer.body]).toEqual([409, errorEnvelope('slot_unavailable')]);
      }
    }
  });
});

describe('issue 13: processing time over HTTP', () => {
  const COLOUR = [{ kind: 'active' as const, minutes: 30 }, { kind: 'processing' as const, minutes: 45 }, { kind: 'active' as const, minutes: 15 }];

  it('a colour holds only its active segments, shows them, and a cut is booked into its processing gap', async () => {
    const { shop, service: cut, stylist } = await salon({ rrule: 'FREQ=WEEKLY;BYDAY=MO', start: '09:00', end: '12:00' }, { slotIntervalMinutes: 15 });
    const colour = await makeService(api.database.db, { shopId: shop.id, durationMinutes: 90, segments: COLOUR });
    await api.database.db.insert(staffServices).values({ shopId: shop.id, staffId: stylist.id, serviceId: colour.id });
    const listed = await typed.client.slots.calendarView({ params: { shopId: shop.id }, query: { serviceId: colour.id, from: '2026-11-09', to: '2026-11-09' } });
    expect(listed.status === 200 && listed.body.days[0]!.slots[0]!.segments).toEqual([
      { kind: 'active', start: '2026-11-09T09:00:00.000Z', end: '2026-11-09T09:30:00.000Z' },
      { kind: 'processing', start: '2026-11-09T09:30:00.000Z', end: '2026-11-09T10:15:00.000Z' },
      { kind: 'active', start: '2026-11-09T10:15:00.000Z', end: '2026-11-09T10:30:00.000Z' },
    ]);
    const booked = await book('colour', { shopId: shop.id, serviceId: colour.id, start: '2026-11-09T09:00:00.000Z' });
    expect(booked).toMatchObject({ status: 201, body: { endsAt: '2026-11-09T10:30:00.000Z', service: { segments: [
      { kind: 'active', minutes: 30, start: '2026-11-09T09:00:00.000Z', end: '2026-11-09T09:30:00.000Z' },
      { kind: 'processing', minutes: 45, start: '2026-11-09T09:30:00.000Z', end: '2026-11-09T10:15:00.000Z' },
      { kind: 'active', minutes: 15, start: '2026-11-09T10:15:00.000Z', end: '2026-11-09T10:30:00.000Z' },
    ] } } });
    const holds = await api.database.db.select().from(bookingHolds).where(eq(bookingHolds.shopId, shop.id));
    expect(holds.map((hold) => [hold.during.start.toISOString(), hold.during.end.toISOString()]).sort()).toEqual([
      ['2026-11-09T09:00:00.000Z', '2026-11-09T09:30:00.000Z'], ['2026-11-09T10:15:00.000Z', '2026-11-09T10:30:00.000Z'],
    ]);
    // The 60-minute cut does not fit the 45-minute gap; a 45-minute one does, at 09:30 only.
    expect((await slotStarts(shop.id, cut.id, '2026-11-09', '2026-11-09')).filter((start) => start < '2026-11-09T10:30')).toEqual([]);
    const quick = await makeService(api.database.db, { shopId: shop.id, durationMinutes: 45 });
    await api.database.db.insert(staffServices).values({ shopId: shop.id, staffId: stylist.id, serviceId: quick.id });
    expect((await slotStarts(shop.id, quick.id, '2026-11-09', '2026-11-09')).filter((start) => start < '2026-11-09T10:30')).toEqual(['2026-11-09T09:30:00.000Z']);
    expect(await book('in-the-gap', { shopId: shop.id, serviceId: quick.id, start: '2026-11-09T09:30:00.000Z' })).toMatchObject({ status: 201 });
  });
});

describe('GET /schedules/visit-view/{shopId}: starts of several services in one visit', () => {
  let ids = { shop: '', cut: '', colour: '' };
  beforeAll(async () => {
    const { shop, service: cut } = await salon({ rrule: 'FREQ=WEEKLY;BYDAY=MO', start: '09:00', end: '12:00' }, { slotIntervalMinutes: 30 });
    const colour = await makeService(api.database.db, { shopId: shop.id, durationMinutes: 60 });
    const bob = await makeStaff(api.database.db, { shopId: shop.id, serviceIds: [colour.id] });
    await makeWeeklyHours(api.database.db, { shopId: shop.id, staffId: bob.id, rrule: 'FREQ=WEEKLY;BYDAY=MO', startLocal: '10:00', endLocal: '12:00' });
    ids = { shop: shop.id, cut: cut.id, colour: colour.id };
  });
  const view = (serviceIds: string, extra: Record<string, string> = {}) =>
    typed.client.slots.visitView({ params: { shopId: ids.shop }, query: { serviceIds, from: '2026-11-09', to: '2026-11-09', ...extra } as never });

  it('lists only starts where the cut and then the colour fit, and POST /bookings with lines accepts the first', async () => {
    const res = await view(`${ids.cut},${ids.colour}`);
    expect(res.status).toBe(200);
    if (res.status !== 200) return;
    // The cut (60 min here) must end when Bob starts at 10:00 at the earliest, and the colour end by 12:00.
    expect(res.body.days.flatMap((day) => day.visits.map((visit) => [visit.start, visit.lines.map((line) => line.start)]))).toEqual([
      ['2026-11-09T09:00:00.000Z', ['2026-11-09T09:00:00.000Z', '2026-11-09T10:00:00.000Z']],
      ['2026-11-09T09:30:00.000Z', ['2026-11-09T09:30:00.000Z', '2026-11-09T10:30:00.000Z']],
      ['2026-11-09T10:00:00.000Z', ['2026-11-09T10:00:00.000Z', '2026-11-09T11:00:00.000Z']],
    ]);
    const first = res.body.days[0]!.visits[0]!;
    const booked = await book2('visit-view', { shopId: ids.shop, start: first.start, lines: first.lines.map((line, i) => ({ serviceId: i === 0 ? ids.cut : ids.colour, staffId: line.staffId })) });
    expect(booked).toMatchObject({ status: 201, body: { startsAt: first.start, endsAt: first.end } });
    const after = await view(`${ids.cut},${ids.colour}`);
    expect(after.status === 200 && after.body.days.flatMap((day) => day.visits.map((visit) => visit.start))).not.toContain(first.start);
  });

  it('refuses one service (400 on query.serviceIds), an unknown one (404) and a NUL byte (400)', async () => {
    expect(await view(ids.cut)).toMatchObject({ status: 400, body: { error: { code: 'validation_failed', details: [{ path: 'query.serviceIds' }] } } });
    expect(await view(`${ids.cut},00000000-0000-4000-8000-000000000000`)).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(await view(`${ids.cut},${ids.colour}\u0000`)).toMatchObject({ status: 400, body: { error: { code: 'validation_failed' } } });
  });
});

const book2 = async (name: string, body: { shopId: string; start: string; lines: { serviceId: string; staffId?: string }[] }) =>
  typed.client.bookings.create({ body, headers: {}, extraHeaders: await headersFor(name) });
