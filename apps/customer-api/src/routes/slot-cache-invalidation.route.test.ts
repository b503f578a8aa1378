import { createMemoryCache, type Cache } from '@salon/cache';
import { customerContract } from '@salon/contracts-customer';
import { dateOverrides, eq, services, shops, staff, staffServices, timeOff, weeklyHours, type Database } from '@salon/db';
import { makeOwner, makeService, makeShop, makeStaff, makeWeeklyHours } from '@salon/db/testing';
import { createTestApi, startTypedClient, type TestApi } from '@salon/runtime/testing';
import { createCustomerApp } from '../app';
import { listPublicSlots, listScheduleSlots } from '../use-cases/slots/list-public-slots';

// Exact invalidation, one kind of change at a time: after each committed change the cached listing
// equals a listing computed from the database at that moment (and differs from before, so the
// change mattered). Runs on PGlite, and on PostgreSQL with DATABASE_URL.
let clock = new Date('2026-12-01T08:00:00Z'); // Tuesday; London is on UTC in December
const FROM = '2026-12-01';
const TO = '2026-12-03';
let api: TestApi;
let typed: Awaited<ReturnType<typeof startTypedClient<typeof customerContract>>>;
let misses = 0;

/** The memory adapter, counting the dates it could not answer. */
function countingCache(inner: Cache): Cache {
  return {
    ...inner,
    getMany: async <T>(keys: readonly string[]) => {
      const values = await inner.getMany<T>(keys);
      misses += values.filter((value) => value === undefined).length;
      return values;
    },
  };
}

beforeAll(async () => {
  const readCache = { cache: countingCache(createMemoryCache({ maxEntries: 1_000 })), ttlSeconds: 600 };
  api = await createTestApi((deps) => createCustomerApp(deps, { readCache }), { now: () => clock });
  typed = await startTypedClient(api, customerContract);
});
afterAll(async () => {
  await typed.close();
  await api.close();
});

const db = (): Database => api.database.db;

async function salon(shop: Parameters<typeof makeShop>[1] = {}) {
  const created = await makeShop(db(), { ownerId: (await makeOwner(db())).id, minNoticeMinutes: 60, ...shop });
  const hours = await makeWeeklyHours(db(), { shopId: created.id, startLocal: '09:00', endLocal: '12:00' });
  const service = await makeService(db(), { shopId: created.id, durationMinutes: 60 });
  const member = await makeStaff(db(), { shopId: created.id, serviceIds: [service.id] });
  return { shopId: created.id, serviceId: service.id, staffId: member.id, hoursId: hours.id };
}
type Salon = Awaited<ReturnType<typeof salon>>;

async function cached(s: Salon, range = { from: FROM, to: TO }) {
  const res = await typed.client.slots.calendarView({ params: { shopId: s.shopId }, query: { serviceId: s.serviceId, ...range } });
  if (res.status !== 200) throw new Error(`calendar view answered ${res.status}`);
  return res.body;
}
const direct = (s: Salon, range = { from: FROM, to: TO }) =>
  listPublicSlots({ ctx: { db: db(), now: () => clock }, input: { shopId: s.shopId, serviceId: s.serviceId, ...range } });

/** Warms the cache, applies the change, and checks the next listing against the database. */
async function expectExactAfter(change: (s: Salon) => Promise<unknown>, shop: Parameters<typeof makeShop>[1] = {}) {
  const s = await salon(shop);
  const before = await cached(s);
  misses = 0;
  expect(await cached(s)).toEqual(before); // served from the cache
  expect(misses).toBe(0);
  await change(s);
  const after = await cached(s);
  expect(after).toEqual(await direct(s));
  expect(after).not.toEqual(before);
}

const customerHeaders = async (name: string) => typed.as(await api.tokenFor(name, { role: 'customer' }));

describe('a committed change is seen by the next cached listing', () => {
  it('opening hours', () => expectExactAfter((s) => db().update(weeklyHours).set({ endLocal: '10:00' }).where(eq(weeklyHours.id, s.hoursId))));
  it('new hours', () => expectExactAfter((s) => makeWeeklyHours(db(), { shopId: s.shopId, rrule: 'FREQ=WEEKLY;BYDAY=WE', startLocal: '14:00', endLocal: '16:00' })));
  it('a closed-day override', () => expectExactAfter((s) => db().insert(dateOverrides).values({ shopId: s.shopId, date: '2026-12-02', isClosed: true })));
  it('time off', () =>
    expectExactAfter((s) =>
      db().insert(timeOff).values({ shopId: s.shopId, staffId: s.staffId, startsAt: new Date('2026-12-02T09:00:00Z'), endsAt: new Date('2026-12-02T10:30:00Z') }),
    ));
  it('a staff member leaving', () => expectExactAfter((s) => db().update(staff).set({ isActive: false }).where(eq(staff.id, s.staffId))));
  it('a staff member no longer performing the service', () => expectExactAfter((s) => db().delete(staffServices).where(eq(staffServices.staffId, s.staffId))));
  it('a service taking longer', () => expectExactAfter((s) => db().update(services).set({ durationMinutes: 120 }).where(eq(services.id, s.serviceId))));
  it('the shop row (slot interval)', () => expectExactAfter((s) => db().update(shops).set({ slotIntervalMinutes: 30 }).where(eq(shops.id, s.shopId))));

  it('a booking made, moved and cancelled through the API', async () => {
    const headers = await customerHeaders('cara');
    let bookingId = '';
    await expectExactAfter(async (s) => {
      const res = await typed.client.bookings.create({ body: { shopId: s.shopId, serviceId: s.serviceId, start: '2026-12-02T10:00:00Z' }, headers: {}, extraHeaders: headers });
      expect(res.status).toBe(201);
      if (res.status === 201) bookingId = res.body.id;
      const moved = await typed.client.bookings.update({ params: { id: bookingId }, body: { start: '2026-12-03T09:00:00Z' }, extraHeaders: headers });
      expect(moved.status).toBe(200);
    });
    const s = { ...(await salon()) };
    const before = await cached(s);
    const res = await typed.client.bookings.create({ body: { shopId: s.shopId, serviceId: s.serviceId, start: '2026-12-02T09:00:00Z' }, headers: {}, extraHeaders: headers });
    expect(res.status).toBe(201);
    expect(await cached(s)).toEqual(await direct(s));
    if (res.status !== 201) return;
    expect((await typed.client.bookings.cancel({ params: { id: res.body.id }, body: {}, extraHeaders: headers })).status).toBe(200);
    expect(await cached(s)).toEqual(before);
  });
});

describe('time passing', () => {
  afterEach(() => {
    clock = new Date('2026-12-01T08:00:00Z');
  });

  it('never shows a start that became too soon, though the cache holds it', async () => {
    const s = await salon();
    const early = await cached(s);
    expect(early.days[0]!.slots[0]!.start).toBe('2026-12-01T09:00:00.000Z');
    clock = new Date('2026-12-01T08:31:00Z'); // notice 60 min: 09:31 is the earliest start now
    misses = 0;
    const later = await cached(s);
    expect(misses).toBe(0);
    expect(later).toEqual(await direct(s));
    expect(later.days[0]!.slots[0]!.start).toBe('2026-12-01T09:45:00.000Z');
  });

  it('shows a start that came within the booking window, though the cache was filled before', async () => {
    const s = await salon({ maxAdvanceDays: 1 }); // bookable until now + 1 day
    const before = await cached(s);
    expect(before.days.map((day) => day.localDate)).toEqual(['2026-12-01']);
    clock = new Date('2026-12-01T10:00:00Z');
    const later = await cached(s);
    expect(later).toEqual(await direct(s));
    expect(later.days.at(-1)).toMatchObject({ localDate: '2026-12-02', slots: [{ start: '2026-12-02T09:00:00.000Z' }, { start: '2026-12-02T09:15:00.000Z' }, { start: '2026-12-02T09:30:00.000Z' }, { start: '2026-12-02T09:45:00.000Z' }, { start: '2026-12-02T10:00:00.000Z' }] });
  });
});

describe('entries per date', () => {
  it('merges dates already cached with dates computed now, and equals one computation', async () => {
    const s = await salon();
    await cached(s, { from: '2026-12-02', to: '2026-12-02' });
    misses = 0;
    const merged = await cached(s, { from: '2026-12-01', to: '2026-12-07' });
    expect(misses).toBe(6);
    expect(merged).toEqual(await direct(s, { from: '2026-12-01', to: '2026-12-07' }));
  });

  it('neither looks up nor stores dates outside the booking window, and answers the same', async () => {
    const s = await salon({ maxAdvanceDays: 1 });
    misses = 0;
    const month = { from: '2026-11-01', to: '2026-12-31' };
    expect(await cached(s, month)).toEqual(await direct(s, month));
    expect(misses).toBe(4); // 30 Nov – 3 Dec: the window (1 Dec 08:00 – 2 Dec 08:00) with a margin either side
    const past = { from: '2026-10-01', to: '2026-10-31' };
    expect(await cached(s, past)).toEqual(await direct(s, past));
    const unknown = await typed.client.slots.calendarView({ params: { shopId: s.shopId }, query: { serviceId: s.shopId, ...past } });
    expect(unknown.status).toBe(404);
  });

  it('keys a weekly-hours listing apart from the whole shop\'s', async () => {
    const s = await salon();
    const extra = await makeWeeklyHours(db(), { shopId: s.shopId, staffId: s.staffId, rrule: 'FREQ=WEEKLY;BYDAY=WE', startLocal: '09:00', endLocal: '11:00' });
    await makeWeeklyHours(db(), { shopId: s.shopId, staffId: s.staffId, rrule: 'FREQ=WEEKLY;BYDAY=TH', startLocal: '09:00', endLocal: '11:00' });
    const whole = await cached(s);
    const one = await typed.client.slots.availableSlots({ params: { id: extra.id }, query: { serviceId: s.serviceId, from: FROM, to: TO } });
    expect(one.status).toBe(200);
    const expected = await listScheduleSlots({ ctx: { db: db(), now: () => clock }, input: { scheduleId: extra.id, serviceId: s.serviceId, from: FROM, to: TO } });
    expect(one.body).toEqual(expected);
    expect(whole.days.map((day) => day.localDate)).toEqual(['2026-12-02', '2026-12-03']);
    expect(one.status === 200 && one.body.days.map((day) => day.localDate)).toEqual(['2026-12-02']);
  });
});
