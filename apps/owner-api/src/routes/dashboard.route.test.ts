import { ownerContract, type DashboardQuery } from '@salon/contracts-owner';
import { liftPlanLimits } from '@salon/billing/testing';
import { createTestApi, errorEnvelope, runRouteSecurityTests, startTypedClient, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createOwnerApp } from '../app';
import { DASHBOARD_NOW, seedDashboardBookings, type DashboardFixture } from '../testing/dashboard-fixture';
import { signUpOwner, type TestOwner } from '../testing/sign-up-owner';

/** Mon–Fri 09:00–17:00 is 480 minutes a day; 2030-03-01..10 has six weekdays (1, 4–8 March). */
const WORKDAY = 480;

/** A fresh database plus a few dozen rows: well under 30 s alone, but not on a machine busy with other suites. */
const SETUP_TIMEOUT_MS = 120_000;

describe('owner-api: GET /clients/dashboard, figures (the right answers are in dashboard-fixture.ts)', () => {
  let api: TestApi;
  let typed: Awaited<ReturnType<typeof startTypedClient<typeof ownerContract>>>;
  let ann: TestOwner;
  let fx: DashboardFixture;

  beforeAll(async () => {
    api = await createTestApi(createOwnerApp, { now: () => DASHBOARD_NOW });
    await liftPlanLimits(api.database.db); // not about plans: every plan unlimited here (billing tests cover limits)
    typed = await startTypedClient(api, ownerContract);
    ann = await signUpOwner(api, 'ann');
    const bob = await signUpOwner(api, 'bob');
    fx = await seedDashboardBookings(api.database.db, { ann: ann.ownerId, bob: bob.ownerId });
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await typed.close();
    await api.close();
  });

  const dashboard = async (query: Partial<DashboardQuery>, token = ann.token) => {
    const res = await typed.client.dashboard.get({ query: query as DashboardQuery, extraHeaders: typed.as(token) });
    if (res.status !== 200) throw new Error(`unexpected ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  };

  it('counts both shops over their own local dates: statuses, revenue per currency, no-show rate, new vs returning', async () => {
    const body = await dashboard({ from: '2030-03-01', to: '2030-03-10' });
    expect(body.bookingsByStatus).toEqual({ pending: 1, confirmed: 2, cancelled: 1, completed: 5, no_show: 2 });
    expect(body.totalBookings).toBe(11);
    expect(body.revenue).toEqual([
      { currency: 'GBP', amountMinor: 9000 },
      { currency: 'USD', amountMinor: 7500 },
    ]);
    expect(body.noShowRate).toBeCloseTo(2 / 7, 10);
    expect(body.customers).toEqual({ total: 6, new: 4, returning: 2 });
    expect(body.shops.map((shop) => [shop.name, shop.from, shop.to])).toEqual([
      ['Ann London', '2030-03-01', '2030-03-10'],
      ['Ann New York', '2030-03-01', '2030-03-10'],
    ]);
  });

  it('computes utilisation from booked staff minutes (buffers in, cancelled out) over the engine\'s working minutes', async () => {
    const { utilisation } = await dashboard({ from: '2030-03-01', to: '2030-03-10' });
    // London: 6 bookings not cancelled × (30 + 5 + 10); New York: 4 × 30.
    expect(utilisation.bookedStaffMinutes).toBe(6 * 45 + 4 * 30);
    expect(utilisation.workingStaffMinutes).toBe(2 * 6 * WORKDAY);
    expect(utilisation.rate).toBeCloseTo(390 / (12 * WORKDAY), 10);
  });

  it('narrows to one shop, where "new" means new to that shop', async () => {
    const newYork = await dashboard({ from: '2030-03-01', to: '2030-03-10', shopId: fx.newYork.id });
    expect(newYork.bookingsByStatus).toEqual({ pending: 0, confirmed: 1, cancelled: 0, completed: 2, no_show: 1 });
    expect(newYork.revenue).toEqual([{ currency: 'USD', amountMinor: 7500 }]);
    expect(newYork.noShowRate).toBeCloseTo(1 / 3, 10);
    expect(newYork.customers).toEqual({ total: 3, new: 2, returning: 1 });
    const london = await dashboard({ from: '2030-03-01', to: '2030-03-10', shopId: fx.london.id });
    expect(london.customers).toEqual({ total: 4, new: 3, returning: 1 });
    expect(london.revenue).toEqual([{ currency: 'GBP', amountMinor: 9000 }]);
  });

  it('defaults to the last 30 days ending today in each shop\'s zone, and lists what is left of today', async () => {
    const body = await dashboard({});
    expect(body.shops.map((shop) => [shop.timeZone, shop.from, shop.to, shop.today])).toEqual([
      ['Europe/London', '2030-02-14', '2030-03-15', '2030-03-15'],
      ['America/New_York', '2030-02-14', '2030-03-15', '2030-03-15'],
    ]);
    // The 11 above, 5 outside 1–10 March but inside the 30 days, and today's 4 (tomorrow's is not).
    expect(body.totalBookings).toBe(20);
    expect(body.todayUpcoming).toEqual([
      expect.objectContaining({ bookingId: fx.today.laterToday.id, status: 'pending', localStart: '2030-03-15T14:00:00+00:00', shopId: fx.london.id }),
      expect.objectContaining({ bookingId: fx.today.newYorkTonight.id, localStart: '2030-03-15T22:00:00-04:00', shopId: fx.newYork.id }),
    ]);
    expect(body.todayUpcoming[0]).toMatchObject({
      serviceName: 'Haircut',
      startsAt: '2030-03-15T14:00:00.000Z',
      endsAt: '2030-03-15T14:30:00.000Z',
      staff: { id: fx.today.laterToday.staffId, displayName: expect.any(String) },
      customerName: expect.stringMatching(/^Test user /),
    });
  });

  it('takes a whole year (366 days), asking the engine piece by piece without gaps or overlaps', async () => {
    const body = await dashboard({ from: '2029-03-16', to: '2030-03-16' });
    let weekdays = 0;
    for (let day = Date.UTC(2029, 2, 16); day <= Date.UTC(2030, 2, 16); day += 86_400_000) {
      if (![0, 6].includes(new Date(day).getUTCDay())) weekdays += 1;
    }
    expect(body.utilisation.workingStaffMinutes).toBe(2 * weekdays * WORKDAY);
    expect(body.totalBookings).toBe(22);
  });

  it('gives an owner with no shops zeros, empty lists and null rates', async () => {
    const newcomer = await signUpOwner(api, 'newcomer');
    expect(await dashboard({}, newcomer.token)).toEqual({
      shops: [],
      bookingsByStatus: { pending: 0, confirmed: 0, cancelled: 0, completed: 0, no_show: 0 },
      totalBookings: 0,
      revenue: [],
      noShowRate: null,
      utilisation: { rate: null, bookedStaffMinutes: 0, workingStaffMinutes: 0 },
      customers: { total: 0, new: 0, returning: 0 },
      todayUpcoming: [],
    });
  });

  it('answers another owner\'s shop and an unknown shop with 404 not_found', async () => {
    for (const shopId of [fx.bobShop.id, '00000000-0000-4000-8000-000000000000']) {
      const res = await typed.client.dashboard.get({ query: { shopId }, extraHeaders: typed.as(ann.token) });
      expect({ status: res.status, body: res.body }).toEqual({ status: 404, body: errorEnvelope('not_found') });
    }
  });
  runRouteSecurityTests(() => api, {
    role: 'owner',
    routes: () => ({ dashboard: { method: 'get', path: `/api/v1/clients/dashboard?shopId=${fx.london.id}` } }),
  });

  it.each([
    ['from without to', { from: '2030-03-01' }],
    ['to without from', { to: '2030-03-01' }],
    ['to before from', { from: '2030-03-10', to: '2030-03-09' }],
    ['367 days', { from: '2029-03-15', to: '2030-03-16' }],
    ['a date that does not exist', { from: '2026-02-30', to: '2026-03-02' }],
    ['the year 9999', { from: '9999-12-01', to: '9999-12-31' }],
    ['the year 1', { from: '0001-01-01', to: '0001-01-31' }],
    ['a date without zero padding', { from: '2026-3-1', to: '2026-03-02' }],
    ['an instant instead of a date', { from: '2026-03-01T00:00:00Z', to: '2026-03-02' }],
    ['a shop id that is not a UUID', { shopId: 'london' }],
    ['a NUL byte', { shopId: '\u0000' }],
    ['an unknown parameter', { currency: 'GBP' }],
    ['a repeated parameter', 'from=2030-03-01&from=2030-03-02&to=2030-03-03'],
  ])('refuses %s with 400 validation_failed', async (_name, query) => {
    const res = await request(api.app).get('/api/v1/clients/dashboard').query(query).set('Authorization', `Bearer ${ann.token}`);
    expect({ status: res.status, body: res.body }).toEqual({ status: 400, body: errorEnvelope('validation_failed') });
  });
});
