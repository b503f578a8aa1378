import { liftPlanLimits } from '@salon/billing/testing';
import { ownerContract } from '@salon/contracts-owner';
import { makeBooking } from '@salon/db/testing';
import { createTestApi, startTypedClient, type TestApi } from '@salon/runtime/testing';
import { Temporal } from 'temporal-polyfill';
import { createOwnerApp } from '../app';

// Issue 13 through the owner portal's typed client: imported calendar rules, overnight hours and
// gapless starts are defined over HTTP and previewed with POST /schedules/generate-slots.
const NOW = new Date('2026-09-01T00:00:00Z');
let api: TestApi;
let typed: Awaited<ReturnType<typeof startTypedClient<typeof ownerContract>>>;
let headers: { authorization: string };

beforeAll(async () => {
  api = await createTestApi(createOwnerApp, { now: () => NOW });
  typed = await startTypedClient(api, ownerContract);
  headers = typed.as(await api.tokenFor('salon-scheduling', { role: 'owner' }));
  await liftPlanLimits(api.database.db); // not about plans: this owner runs one shop per case (Free allows one)
});
afterAll(async () => {
  await typed.close();
  await api.close();
});

const ok = <T extends { status: number; body: unknown }>(res: T, status: number) => {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as Extract<T, { status: 200 | 201 }>['body'];
};

/** A London shop open every day all day, one 60-minute service and one stylist performing it. */
async function salon(shopBody: { slotIntervalMinutes?: number; startAlignment?: 'grid' | 'gapless' } = {}) {
  const { client } = typed;
  const shop = ok(await client.shops.create({ body: { name: 'Night Owls', timeZone: 'Europe/London', currency: 'GBP', minNoticeMinutes: 0, maxAdvanceDays: 730, slotIntervalMinutes: 60, ...shopBody }, extraHeaders: headers }), 201);
  const service = ok(await client.services.create({ body: { shopId: shop.id, name: 'Cut', priceMinor: 4000, durationMinutes: 60 }, extraHeaders: headers }), 201);
  const stylist = ok(await client.staff.create({ params: { shopId: shop.id }, body: { displayName: 'Ann' }, extraHeaders: headers }), 201);
  ok(await client.staff.setServices({ params: { id: stylist.id }, body: { services: [{ serviceId: service.id }] }, extraHeaders: headers }), 200);
  ok(await client.schedules.create({ body: { shopId: shop.id, daysOfWeek: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], startTime: '00:00', endTime: '24:00' }, extraHeaders: headers }), 201);
  return { shop, service, stylist };
}
const preview = async (shopId: string, serviceId: string, from: string, to: string) =>
  (ok(await typed.client.availability.previewSlots({ body: { shopId, serviceId, from, to }, extraHeaders: headers }), 200) as { slots: { start: string; localDate: string }[] }).slots;

describe('issue 13 over HTTP (owner defines, preview lists)', () => {
  it('the imported-rule defect: a date-only UNTIL keeps the last Monday', async () => {
    const { shop, service, stylist } = await salon();
    const rrule = 'DTSTART:20261109T100000\nRRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20261116';
    ok(await typed.client.schedules.create({ body: { shopId: shop.id, staffId: stylist.id, rrule, startTime: '09:00', endTime: '10:00' }, extraHeaders: headers }), 201);
    expect((await preview(shop.id, service.id, '2026-11-09', '2026-11-16')).map((slot) => slot.start)).toEqual(['2026-11-09T09:00:00.000Z', '2026-11-16T09:00:00.000Z']);
  });

  it('DTSTART;TZID and COUNT from a calendar app: stored with the zone as spelled, converted to the shop', async () => {
    const { shop, service, stylist } = await salon();
    const rrule = 'DTSTART;TZID=Pacific/Auckland:20261110T080000\nRRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=2';
    const created = ok(await typed.client.schedules.create({ body: { shopId: shop.id, staffId: stylist.id, rrule, startTime: '09:00', endTime: '10:00' }, extraHeaders: headers }), 201);
    expect(created).toMatchObject({ rrule, daysOfWeek: ['MO'] });
    expect((await preview(shop.id, service.id, '2026-11-01', '2026-11-30')).map((slot) => slot.start)).toEqual(['2026-11-09T09:00:00.000Z', '2026-11-16T09:00:00.000Z']);
    const refused = await typed.client.schedules.create({ body: { shopId: shop.id, staffId: stylist.id, rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=2', startTime: '09:00', endTime: '10:00' }, extraHeaders: headers });
    expect(refused).toMatchObject({ status: 400, body: { error: { code: 'validation_failed', details: [{ path: 'body.rrule' }] } } });
  });

  it('overnight hours on the night clocks go back: a weekly rule and an override, exact UTC from Temporal', async () => {
    const { shop, service, stylist } = await salon();
    const created = ok(await typed.client.schedules.create({ body: { shopId: shop.id, staffId: stylist.id, daysOfWeek: ['SA'], startTime: '22:30', endTime: '01:30' }, extraHeaders: headers }), 201);
    expect(created).toMatchObject({ startTime: '22:30', endTime: '01:30' });
    const at = (date: string, time: string) => Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime('Europe/London', { disambiguation: 'compatible' }).epochMilliseconds;
    const expected = (date: string) => {
      const [start, end] = [at(date, '22:30'), at(Temporal.PlainDate.from(date).add({ days: 1 }).toString(), '01:30')];
      const starts: string[] = [];
      for (let t = start; t + 3_600_000 <= end; t += 3_600_000) starts.push(new Date(t).toISOString());
      return starts;
    };
    // Saturday 24 October 2026: 01:30 on Sunday happens twice in London; the first one ends the window.
    expect((await preview(shop.id, service.id, '2026-10-24', '2026-10-25')).map((slot) => slot.start)).toEqual(expected('2026-10-24'));
    ok(await typed.client.schedules.createOverride({ body: { shopId: shop.id, staffId: stylist.id, date: '2026-10-31', windows: [{ start: '23:00', end: '02:00' }] }, extraHeaders: headers }), 201);
    expect((await preview(shop.id, service.id, '2026-10-31', '2026-11-01')).map((slot) => [slot.start, slot.localDate])).toEqual([
      ['2026-10-31T23:00:00.000Z', '2026-10-31'], ['2026-11-01T00:00:00.000Z', '2026-11-01'], ['2026-11-01T01:00:00.000Z', '2026-11-01'],
    ]);
    const empty = await typed.client.schedules.create({ body: { shopId: shop.id, staffId: stylist.id, daysOfWeek: ['SU'], startTime: '22:30', endTime: '22:30' }, extraHeaders: headers });
    expect(empty).toMatchObject({ status: 400, body: { error: { code: 'validation_failed', details: [{ path: 'body.endTime' }] } } });
  });

  it('gapless starts: the shop setting round-trips, and the end of a 45-minute booking becomes a start', async () => {
    const { shop, service, stylist } = await salon({ slotIntervalMinutes: 30 });
    expect(shop.startAlignment).toBe('grid');
    ok(await typed.client.schedules.create({ body: { shopId: shop.id, staffId: stylist.id, daysOfWeek: ['MO'], startTime: '09:00', endTime: '12:00' }, extraHeaders: headers }), 201);
    const short = ok(await typed.client.services.create({ body: { shopId: shop.id, name: 'Fringe', priceMinor: 1000, durationMinutes: 45 }, extraHeaders: headers }), 201);
    await makeBooking(api.database.db, { shopId: shop.id, serviceId: short.id, staffId: stylist.id, startsAt: new Date('2026-11-09T09:00:00Z') });
    const starts = async () => (await preview(shop.id, service.id, '2026-11-09', '2026-11-09')).map((slot) => slot.start.slice(11, 16));
    expect(await starts()).toEqual(['10:00', '10:30', '11:00']);
    const updated = ok(await typed.client.shops.update({ params: { id: shop.id }, body: { startAlignment: 'gapless' }, extraHeaders: headers }), 200);
    expect(updated.startAlignment).toBe('gapless');
    expect(await starts()).toEqual(['09:45', '10:00', '10:30', '11:00']);
    const bad = await typed.client.shops.update({ params: { id: shop.id }, body: { startAlignment: 'anywhere' as never }, extraHeaders: headers });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'validation_failed', details: [{ path: 'body.startAlignment' }] } } });
  });

  it('processing time: the owner defines segments (and a stylist’s own), the preview shows them, bad sums are 400', async () => {
    const { shop, stylist } = await salon({ slotIntervalMinutes: 15 });
    ok(await typed.client.schedules.create({ body: { shopId: shop.id, staffId: stylist.id, daysOfWeek: ['MO'], startTime: '09:00', endTime: '12:00' }, extraHeaders: headers }), 201);
    const segments = [{ kind: 'active' as const, minutes: 30 }, { kind: 'processing' as const, minutes: 45 }, { kind: 'active' as const, minutes: 15 }];
    const colour = ok(await typed.client.services.create({ body: { shopId: shop.id, name: 'Colour', priceMinor: 9000, durationMinutes: 90, segments }, extraHeaders: headers }), 201);
    expect(colour.segments).toEqual(segments);
    const bad = await typed.client.services.create({ body: { shopId: shop.id, name: 'Colour', priceMinor: 9000, durationMinutes: 60, segments }, extraHeaders: headers });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'validation_failed', details: [{ path: 'body.segments' }] } } });
    const badUpdate = await typed.client.services.update({ params: { id: colour.id }, body: { durationMinutes: 60 }, extraHeaders: headers });
    expect(badUpdate).toMatchObject({ status: 400, body: { error: { details: [{ path: 'body.durationMinutes' }] } } });
    const own = [{ kind: 'active' as const, minutes: 20 }, { kind: 'processing' as const, minutes: 30 }, { kind: 'active' as const, minutes: 10 }];
    const set = ok(await typed.client.staff.setServices({ params: { id: stylist.id }, body: { services: [{ serviceId: colour.id, durationMinutes: 60, segments: own }] }, extraHeaders: headers }), 200);
    expect(set.services[0]).toMatchObject({ segments: own, effectiveDurationMinutes: 60 });
    const slots = (ok(await typed.client.availability.previewSlots({ body: { shopId: shop.id, serviceId: colour.id, from: '2026-11-09', to: '2026-11-09' }, extraHeaders: headers }), 200) as { slots: { start: string; end: string; segments?: { kind: string; start: string; end: string }[] }[] }).slots;
    expect(slots[0]).toMatchObject({ start: '2026-11-09T09:00:00.000Z', end: '2026-11-09T10:00:00.000Z', segments: [
      { kind: 'active', start: '2026-11-09T09:00:00.000Z', end: '2026-11-09T09:20:00.000Z' },
      { kind: 'processing', start: '2026-11-09T09:20:00.000Z', end: '2026-11-09T09:50:00.000Z' },
      { kind: 'active', start: '2026-11-09T09:50:00.000Z', end: '2026-11-09T10:00:00.000Z' },
    ] });
  });

  it('a stylist’s own segments must add up to their length of the service, and a new service duration to theirs', async () => {
    const { shop, stylist } = await salon();
    const colour = ok(await typed.client.services.create({ body: { shopId: shop.id, name: 'Colour', priceMinor: 9000, durationMinutes: 90 }, extraHeaders: headers }), 201);
    const short = await typed.client.staff.setServices({ params: { id: stylist.id }, body: { services: [{ serviceId: colour.id, segments: [{ kind: 'active', minutes: 30 }] }] }, extraHeaders: headers });
    expect(short).toMatchObject({ status: 400, body: { error: { code: 'validation_failed', details: [{ path: 'body.services.0.segments' }] } } });
    const own = [{ kind: 'active' as const, minutes: 30 }, { kind: 'processing' as const, minutes: 30 }, { kind: 'active' as const, minutes: 30 }];
    ok(await typed.client.staff.setServices({ params: { id: stylist.id }, body: { services: [{ serviceId: colour.id, segments: own }] }, extraHeaders: headers }), 200);
    const shorter = await typed.client.services.update({ params: { id: colour.id }, body: { durationMinutes: 60 }, extraHeaders: headers });
    expect(shorter).toMatchObject({ status: 400, body: { error: { code: 'validation_failed', details: [{ path: 'body.durationMinutes' }] } } });
  });
});
