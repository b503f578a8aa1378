import { bookings, eq, weeklyHours } from '@salon/db';
import { makeBooking, makeService } from '@salon/db/testing';
import { createTestApi, errorEnvelope, runRouteSecurityTests, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createOwnerApp } from '../app';
import { ownerWithShop, startOwnerClient, type OwnerWithShop, type TypedClient } from '../testing/owner-fixtures';

const DAY_MS = 86_400_000;
const dateIn = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
const EVERY_DAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

describe('owner-api: GET /schedules/conflicts/{shopId} (bookings that changed hours strand)', () => {
  let api: TestApi;
  let typed: TypedClient;
  let alice: OwnerWithShop;
  let bob: OwnerWithShop;
  let staffRowId: string;
  const ids: Record<string, string> = {};
  const as = (owner: OwnerWithShop) => typed.as(owner.token);
  // A UTC shop keeps wall-clock arithmetic in the test trivial; the engine's zone handling has its own suite.
  const on = (days: number, time: string) => new Date(`${dateIn(days)}T${time}:00Z`);

  beforeAll(async () => {
    api = await createTestApi(createOwnerApp);
    typed = await startOwnerClient(api);
    alice = await ownerWithShop(api, typed, 'alice', { timeZone: 'UTC' });
    bob = await ownerWithShop(api, typed, 'bob', { timeZone: 'UTC' });
    const { client } = typed;
    await client.schedules.create({ body: { shopId: alice.shop.id, daysOfWeek: [...EVERY_DAY], startTime: '08:00', endTime: '20:00' }, extraHeaders: as(alice) });
    const staffRow = await client.schedules.create({
      body: { shopId: alice.shop.id, staffId: alice.staff.id, daysOfWeek: [...EVERY_DAY], startTime: '09:00', endTime: '17:00' },
      extraHeaders: as(alice),
    });
    if (staffRow.status !== 201) throw new Error('setup failed');
    staffRowId = staffRow.body.id;
    const db = api.database.db;
    const service = await makeService(db, { shopId: alice.shop.id, durationMinutes: 30 });
    const book = async (name: string, startsAt: Date, extra: Parameters<typeof makeBooking>[1] = {}) => {
      const { booking } = await makeBooking(db, { shopId: alice.shop.id, serviceId: service.id, staffId: alice.staff.id, startsAt, ...extra });
      ids[name] = booking.id;
    };
    await book('afternoon', on(7, '15:00'));
    await book('earlyWithBuffer', on(7, '09:00'), { bufferBeforeMinutes: 15 });
    await book('offGrid', on(7, '11:07'));
    await book('cancelled', on(7, '16:00'), { status: 'cancelled' });
    await book('duringTimeOff', on(8, '11:00'), { status: 'pending' });
    await book('closedDay', on(9, '10:00'));
    await book('past', on(-1, '18:00'));
    await book('beyondHorizon', on(100, '18:00'));
    const bobService = await makeService(db, { shopId: bob.shop.id });
    await makeBooking(db, { shopId: bob.shop.id, serviceId: bobService.id, staffId: bob.staff.id, startsAt: on(7, '03:00') });
  });
  afterAll(async () => {
    await typed.close();
    await api.close();
  });

  runRouteSecurityTests(() => api, {
    role: 'owner',
    routes: () => ({ conflicts: { method: 'get', path: `/api/v1/schedules/conflicts/${alice.shop.id}` } }),
  });

  const conflicts = async (owner: OwnerWithShop) => {
    const res = await typed.client.schedules.conflicts({ params: { shopId: owner.shop.id }, extraHeaders: as(owner) });
    if (res.status !== 200) throw new Error(`conflicts answered ${res.status}`);
    return res.body.items;
  };

  it('lists nothing while every upcoming booking is inside working time (buffers and off-grid starts included)', async () => {
    expect(await conflicts(alice)).toEqual([]);
  });

  it('lists bookings that shrunk hours, time off and a closed day strand, by start, and cancels none', async () => {
    const { client } = typed;
    const shrunk = await client.schedules.update({ params: { id: staffRowId }, body: { endTime: '12:00' }, extraHeaders: as(alice) });
    expect(shrunk.status).toBe(200);
    await client.timeOff.create({
      params: { id: alice.staff.id },
      body: { start: on(8, '10:30').toISOString(), end: on(8, '11:15').toISOString() },
      extraHeaders: as(alice),
    });
    await client.schedules.createOverride({ body: { shopId: alice.shop.id, staffId: alice.staff.id, date: dateIn(9), isClosed: true }, extraHeaders: as(alice) });
    expect(await conflicts(alice)).toEqual([
      { bookingId: ids['afternoon'], staffId: alice.staff.id, start: on(7, '15:00').toISOString(), end: on(7, '15:30').toISOString(), localStart: `${dateIn(7)}T15:00:00+00:00`, reason: 'outside_working_hours' },
      expect.objectContaining({ bookingId: ids['duringTimeOff'], reason: 'time_off' }),
      expect.objectContaining({ bookingId: ids['closedDay'], reason: 'outside_working_hours' }),
    ]);
    const [stillThere] = await api.database.db.select().from(bookings).where(eq(bookings.id, ids['afternoon'] ?? ''));
    expect(stillThere).toMatchObject({ status: 'confirmed', cancelledAt: null });
  });

  it('sees a shop-wide change too: shop hours bound staff hours', async () => {
    const shopRows = await api.database.db.select().from(weeklyHours).where(eq(weeklyHours.shopId, alice.shop.id));
    const shopRow = shopRows.find((row) => row.staffId === null);
    if (!shopRow) throw new Error('no shop row');
    await typed.client.schedules.update({ params: { id: shopRow.id }, body: { startTime: '10:00' }, extraHeaders: as(alice) });
    expect((await conflicts(alice)).map((item) => item.bookingId)).toContain(ids['earlyWithBuffer']);
  });

  it('shows only the caller\'s shop, and reports a stored rule the engine cannot read instead of failing', async () => {
    // Rows written around the API (seed, SQL) may be invalid; the list must still answer.
    await api.database.db.insert(weeklyHours).values({ shopId: bob.shop.id, rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=2', startLocal: '09:00', endLocal: '17:00' });
    const bobs = await conflicts(bob);
    expect(bobs).toEqual([expect.objectContaining({ staffId: bob.staff.id, reason: 'invalid_schedule' })]);
    expect((await conflicts(alice)).map((item) => item.staffId)).not.toContain(bob.staff.id);
  });

  it.each([
    ['a bad UUID', '/api/v1/schedules/conflicts/not-a-uuid'],
    ['a NUL byte', '/api/v1/schedules/conflicts/%00'],
    ['an unknown query parameter', '/api/v1/schedules/conflicts/00000000-0000-4000-8000-000000000000?limit=1'],
  ])('answers %s with 400 in the error shape', async (_name, path) => {
    const res = await request(api.app).get(path).set('Authorization', `Bearer ${alice.token}`);
    expect({ status: res.status, body: res.body }).toEqual({ status: 400, body: errorEnvelope('validation_failed') });
  });
});
