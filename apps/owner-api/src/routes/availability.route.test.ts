import { ownerContract } from '@salon/contracts-owner';
import { makeBooking, makeService, makeShop, makeStaff, makeWeeklyHours } from '@salon/db/testing';
import { timeOff } from '@salon/db';
import { createTestApi, errorEnvelope, runRouteSecurityTests, startTypedClient, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createOwnerApp } from '../app';

const now = new Date('2026-05-01T00:00:00Z');
let api: TestApi;
let typed: Awaited<ReturnType<typeof startTypedClient<typeof ownerContract>>>;
let headers: { authorization: string };
let ids: { shopId: string; serviceId: string; annId: string; bobId: string; otherShopServiceId: string; otherShopStaffId: string };

beforeAll(async () => {
  api = await createTestApi(createOwnerApp, { now: () => now });
  typed = await startTypedClient(api, ownerContract);
  headers = typed.as(await api.tokenFor('calendar-owner', { role: 'owner' }));
  const me = await typed.client.auth.me({ extraHeaders: headers });
  const ownerId = me.status === 200 && me.body.owner ? me.body.owner.id : '';
  const { db } = api.database;
  const shop = await makeShop(db, { ownerId, timeZone: 'Europe/London', slotIntervalMinutes: 60, minNoticeMinutes: 0 });
  const service = await makeService(db, { shopId: shop.id, durationMinutes: 60, bufferAfterMinutes: 15 });
  const ann = await makeStaff(db, { shopId: shop.id, displayName: 'Ann', serviceIds: [service.id] });
  const bob = await makeStaff(db, { shopId: shop.id, displayName: 'Bob' }); // performs nothing; works shop hours
  await makeWeeklyHours(db, { shopId: shop.id, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', startLocal: '09:00', endLocal: '17:00' });
  await makeWeeklyHours(db, { shopId: shop.id, staffId: ann.id, rrule: 'FREQ=WEEKLY;BYDAY=MO', startLocal: '09:00', endLocal: '12:00' });
  await makeWeeklyHours(db, { shopId: shop.id, staffId: ann.id, rrule: 'FREQ=WEEKLY;BYDAY=MO', startLocal: '13:00', endLocal: '15:00' });
  await db.insert(timeOff).values({ shopId: shop.id, staffId: ann.id, startsAt: new Date('2026-06-01T13:00:00Z'), endsAt: new Date('2026-06-01T14:00:00Z') });
  await makeBooking(db, { shopId: shop.id, serviceId: service.id, staffId: ann.id, startsAt: new Date('2026-06-01T09:00:00Z') });
  await makeBooking(db, { shopId: shop.id, serviceId: service.id, staffId: ann.id, startsAt: new Date('2026-06-01T10:15:00Z'), status: 'cancelled' });
  const other = await makeShop(db, { ownerId });
  const otherService = await makeService(db, { shopId: other.id });
  const otherStaff = await makeStaff(db, { shopId: other.id });
  ids = { shopId: shop.id, serviceId: service.id, annId: ann.id, bobId: bob.id, otherShopServiceId: otherService.id, otherShopStaffId: otherStaff.id };
});
afterAll(async () => {
  await typed.close();
  await api.close();
});

describe('GET /schedules/calendar-view/{shopId}', () => {
  it('shows each stylist\'s working windows, bookings of every status and free time per local day', async () => {
    const res = await typed.client.availability.calendarView({ params: { shopId: ids.shopId }, query: { from: '2026-06-01', to: '2026-06-02' }, extraHeaders: headers });
    expect(res.status).toBe(200);
    if (res.status !== 200) return;
    expect(res.body.days.map((day) => day.localDate)).toEqual(['2026-06-01', '2026-06-02']);
    const member = (id: string) => res.body.days[0]!.staff.find((entry) => entry.staffId === id)!;
    const [ann, bob] = [member(ids.annId), member(ids.bobId)];
    expect(ann.displayName).toBe('Ann');
    // 09:00–12:00 and 13:00–15:00 BST, minus time off 14:00–15:00 BST.
    expect(ann.windows).toEqual([
      { start: '2026-06-01T08:00:00.000Z', end: '2026-06-01T11:00:00.000Z' },
      { start: '2026-06-01T12:00:00.000Z', end: '2026-06-01T13:00:00.000Z' },
    ]);
    expect(ann.bookings.map((b) => [b.localStart, b.status])).toEqual([
      ['2026-06-01T10:00:00+01:00', 'confirmed'],
      ['2026-06-01T11:15:00+01:00', 'cancelled'],
    ]);
    // The confirmed booking holds 09:00–10:15Z (buffer included); the cancelled one holds nothing.
    expect(ann.free).toEqual([
      { start: '2026-06-01T08:00:00.000Z', end: '2026-06-01T09:00:00.000Z' },
      { start: '2026-06-01T10:15:00.000Z', end: '2026-06-01T11:00:00.000Z' },
      { start: '2026-06-01T12:00:00.000Z', end: '2026-06-01T13:00:00.000Z' },
    ]);
    expect(bob.windows).toEqual([{ start: '2026-06-01T08:00:00.000Z', end: '2026-06-01T16:00:00.000Z' }]);
    expect(res.body.days[1]!.staff.find((member) => member.staffId === ids.annId)!.windows).toEqual([]);
  });

  it('defaults to the shop\'s local week from today and filters by staff member', async () => {
    const res = await typed.client.availability.calendarView({ params: { shopId: ids.shopId }, query: { staffId: ids.bobId }, extraHeaders: headers });
    expect(res.status).toBe(200);
    if (res.status !== 200) return;
    expect([res.body.from, res.body.to, res.body.days.length]).toEqual(['2026-05-01', '2026-05-07', 7]);
    expect(res.body.days.every((day) => day.staff.length === 1 && day.staff[0]!.staffId === ids.bobId)).toBe(true);
  });
});

describe('bad input gets its 4xx, never a 500', () => {
  const preview = (body: object) => request(api.app).post('/api/v1/schedules/generate-slots').set(headers).send(body);
  const view = (query: string) => request(api.app).get(`/api/v1/schedules/calendar-view/${ids.shopId}?${query}`).set(headers);
  const good = () => ({ shopId: ids.shopId, serviceId: ids.serviceId, from: '2026-06-01', to: '2026-06-07' });

  it.each([
    ['a bad UUID', 'body.shopId', { shopId: 'not-a-uuid' }],
    ['a date that does not exist', 'body.from', { from: '2026-02-30' }],
    ['an unknown field', 'body', { colour: 'red' }],
    ['a wrong type', 'body.to', { to: 20260607 }],
    ['to before from', 'body.to', { to: '2026-05-01' }],
    ['a range over the engine\'s 92 days', 'body.to', { to: '2026-12-31' }],
    ['a staff member who does not perform the service', 'body.staffId', { staffId: 'STAFF_BOB' }],
  ])('preview: %s → 400 on %s', async (_name, path, change) => {
    const body = { ...good(), ...change, ...('staffId' in change && { staffId: ids.bobId }) };
    const res = await preview(body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual(errorEnvelope('validation_failed'));
    expect(res.body.error.details.map((detail: { path: string }) => detail.path)).toContain(path);
  });

  it('preview: a service of another of the owner\'s shops → 404', async () => {
    const res = await preview({ ...good(), serviceId: ids.otherShopServiceId });
    expect([res.status, res.body.error.code]).toEqual([404, 'not_found']);
  });

  it.each([
    ['from=2026-13-01', 400],
    ['from=2026-06-02&to=2026-06-01', 400],
    ['from=2026-01-01&to=2026-12-31', 400],
    ['colour=red', 400],
    ['staffId=nope', 400],
    ['from=2026-06-01&from=2026-06-02', 400],
  ])('calendar view: ?%s → %i', async (query, status) => {
    const res = await view(query);
    expect(res.status).toBe(status);
    expect(res.body).toEqual(errorEnvelope('validation_failed'));
  });

  it('preview: a staff member of another shop → 404, as the calendar view answers', async () => {
    const res = await preview({ ...good(), staffId: ids.otherShopStaffId });
    expect([res.status, res.body]).toEqual([404, errorEnvelope('not_found')]);
  });

  it('calendar view: a staff member of another shop → 404', async () => {
    const res = await view(`staffId=${ids.otherShopStaffId}`);
    expect([res.status, res.body.error.code]).toEqual([404, 'not_found']);
  });
});

describe('security', () => {
  runRouteSecurityTests(() => api, {
    role: 'owner',
    routes: () => ({
      previewSlots: { method: 'post', path: '/api/v1/schedules/generate-slots', body: { shopId: ids.shopId, serviceId: ids.serviceId, from: '2026-06-01', to: '2026-06-01' } },
      calendarView: { method: 'get', path: `/api/v1/schedules/calendar-view/${ids.shopId}?from=2026-06-01&to=2026-06-01` },
    }),
  });
});
