// Public slots: scheduling-cases.md 1–10 through GET /schedules/calendar-view/{shopId} with the
// mobile app's typed client and no token, then the per-schedule endpoint and bad input.
import { makeCaseSalon, SCHEDULING_CASES } from '@salon/availability/testing';
import { makeOwner, makeService, makeShop, makeStaff, makeWeeklyHours } from '@salon/db/testing';
import { errorEnvelope, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { type CustomerTypedClient, useCustomerApi } from '../testing/customer-api-harness';

let now = new Date();
const harness = useCustomerApi(() => now);
let api: TestApi;
let typed: CustomerTypedClient;

beforeAll(() => {
  api = harness.api();
  typed = harness.typed();
});

describe('GET /schedules/calendar-view/{shopId} (public): scheduling-cases.md 1–10', () => {
  it.each(SCHEDULING_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    now = new Date(c.now);
    const owner = await makeOwner(api.database.db);
    const { shop, service } = await makeCaseSalon(api.database.db, owner.id, c.setup);
    const res = await typed.client.slots.calendarView({ params: { shopId: shop.id }, query: { serviceId: service.id, from: c.from, to: c.to } });
    expect(res.status).toBe(200);
    if (res.status !== 200) return;
    expect(res.body.days.flatMap((day) => day.slots.map((slot) => slot.start))).toEqual(c.starts);
    expect(res.body.days.every((day) => day.slots.length > 0 && day.slots.every((slot) => slot.localDate === day.localDate))).toBe(true);
  });
});

describe('public slots: shapes, per-schedule slots and bad input', () => {
  let ids: { shopId: string; serviceId: string; annId: string; bobId: string; annRuleId: string; shopRuleId: string };

  beforeAll(async () => {
    now = new Date('2026-06-01T00:00:00Z');
    const { db } = api.database;
    const shop = await makeShop(db, { timeZone: 'Europe/London', slotIntervalMinutes: 60, minNoticeMinutes: 0 });
    const service = await makeService(db, { shopId: shop.id, durationMinutes: 60 });
    const ann = await makeStaff(db, { shopId: shop.id, serviceIds: [service.id] });
    const bob = await makeStaff(db, { shopId: shop.id });
    const shopRule = await makeWeeklyHours(db, { shopId: shop.id, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU', startLocal: '09:00', endLocal: '12:00' });
    const annRule = await makeWeeklyHours(db, { shopId: shop.id, staffId: ann.id, rrule: 'FREQ=WEEKLY;BYDAY=TU', startLocal: '10:00', endLocal: '12:00' });
    ids = { shopId: shop.id, serviceId: service.id, annId: ann.id, bobId: bob.id, annRuleId: annRule.id, shopRuleId: shopRule.id };
  });

  it('defaults to the shop\'s local week from today and leaves out days without slots', async () => {
    const res = await typed.client.slots.calendarView({ params: { shopId: ids.shopId }, query: { serviceId: ids.serviceId } });
    expect(res.status).toBe(200);
    if (res.status !== 200) return;
    expect([res.body.from, res.body.to, res.body.timeZone]).toEqual(['2026-06-01', '2026-06-07', 'Europe/London']);
    // Monday: ann has only Tuesday hours of her own; Tuesday 10:00 and 11:00 local.
    expect(res.body.days.map((day) => [day.localDate, day.slots.map((slot) => slot.localStart)])).toEqual([
      ['2026-06-02', ['2026-06-02T10:00:00+01:00', '2026-06-02T11:00:00+01:00']],
    ]);
  });

  it('GET /schedules/{id}/available-slots gives the slots one schedule row yields', async () => {
    const res = await typed.client.slots.availableSlots({ params: { id: ids.annRuleId }, query: { serviceId: ids.serviceId, from: '2026-06-01', to: '2026-06-07' } });
    expect(res.status).toBe(200);
    expect(res.status === 200 && res.body.days.flatMap((day) => day.slots.map((slot) => slot.start))).toEqual([
      '2026-06-02T09:00:00.000Z', '2026-06-02T10:00:00.000Z',
    ]);
  });

  it('a shop with no hours in the range answers 200 with no days', async () => {
    const res = await typed.client.slots.calendarView({ params: { shopId: ids.shopId }, query: { serviceId: ids.serviceId, from: '2026-06-06', to: '2026-06-07' } });
    expect(res.status === 200 && res.body.days).toEqual([]);
  });

  it.each([
    ['a stylist who does not perform the service', 400, 'query.staffId', () => `serviceId=${ids.serviceId}&staffId=${ids.bobId}`],
    ['a range over the engine\'s limit', 400, 'query.to', () => `serviceId=${ids.serviceId}&from=2026-06-01&to=2026-12-31`],
    ['a date that does not exist', 400, 'query.from', () => `serviceId=${ids.serviceId}&from=2026-02-30`],
    ['to before from', 400, 'query.to', () => `serviceId=${ids.serviceId}&from=2026-06-05&to=2026-06-01`],
    ['no service', 400, 'query.serviceId', () => ''],
    ['a bad UUID', 400, 'query.serviceId', () => 'serviceId=%27%3B--'],
    ['an unknown parameter', 400, 'query', () => `serviceId=${ids.serviceId}&sort=price`],
  ])('%s → %i on %s', async (_name, status, path, query) => {
    const res = await request(api.app).get(`/api/v1/schedules/calendar-view/${ids.shopId}?${query()}`);
    expect(res.status).toBe(status);
    expect(res.body).toEqual(errorEnvelope('validation_failed'));
    expect(res.body.error.details.map((detail: { path: string }) => detail.path)).toContain(path);
  });

  it('unknown, inactive or deleted shops, services and schedules are 404', async () => {
    const { db } = api.database;
    const hidden = await makeShop(db, { isActive: false });
    const hiddenService = await makeService(db, { shopId: hidden.id });
    const inactiveService = await makeService(db, { shopId: ids.shopId, isActive: false });
    const paths = [
      `/api/v1/schedules/calendar-view/${hidden.id}?serviceId=${hiddenService.id}`,
      `/api/v1/schedules/calendar-view/${ids.shopId}?serviceId=${inactiveService.id}`,
      `/api/v1/schedules/calendar-view/${ids.shopId}?serviceId=${hiddenService.id}`,
      `/api/v1/schedules/00000000-0000-4000-8000-000000000000/available-slots?serviceId=${ids.serviceId}`,
    ];
    for (const path of paths) {
      const res = await request(api.app).get(path).set('Authorization', 'Bearer garbage');
      expect({ path, status: res.status, body: res.body }).toEqual({ path, status: 404, body: errorEnvelope('not_found') });
    }
  });
});
