import { type OwnerContract } from '@salon/contracts-owner';
import { liftPlanLimits } from '@salon/billing/testing';
import { makeBooking } from '@salon/db/testing';
import { createTestApi, startTypedClient, type TestApi } from '@salon/runtime/testing';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import nodeIcal, { type VEvent } from 'node-ical';
import { createOwnerApp } from '../app';

/**
 * The owner back office end to end, through the typed client the portal team installs: the package
 * `npm run build:clients owner` writes to dist/clients/owner (built once here, then loaded from there,
 * never from src). Lord Howe is UTC+10:30 until Sunday 2026-10-04 02:00 local, then UTC+11 (a
 * half-hour DST step), and the week walked here crosses it.
 */
const NOW = new Date('2026-09-01T00:00:00Z');
const REPO_ROOT = path.resolve(__dirname, '../../../..');
const BUILD_TIMEOUT_MS = 120_000;

let api: TestApi;
let typed: Awaited<ReturnType<typeof startTypedClient<OwnerContract>>>;
let headers: { authorization: string };
const ids = { shop: '', cut: '', colour: '', ann: '', bob: '' };
let feedUrl = '';

beforeAll(async () => {
  execFileSync('npm', ['run', '--silent', 'build:clients', 'owner'], { cwd: REPO_ROOT, stdio: 'pipe' });
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the built CommonJS package, as a consumer loads it
  const built = require(path.join(REPO_ROOT, 'dist/clients/owner/index.cjs')) as { ownerContract: OwnerContract };
  api = await createTestApi(createOwnerApp, { now: () => NOW });
  await liftPlanLimits(api.database.db); // not about plans: every plan unlimited here (billing tests cover limits)
  typed = await startTypedClient(api, built.ownerContract);
  headers = typed.as(await api.tokenFor('lena', { role: 'customer' }));
}, BUILD_TIMEOUT_MS);
afterAll(async () => {
  await typed?.close();
  await api?.close();
});

const ok = <T extends { status: number; body: unknown }>(res: T, status: number) => {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as Extract<T, { status: 200 | 201 }>['body'];
};

describe('owner journey: profile → shop → menu → staff → hours → slots → bookings → feed → dashboard', () => {
  it('sets up a Lord Howe salon through the API', async () => {
    const client = typed.client;
    expect(ok(await client.clients.create({ body: { businessName: 'Lena Hair' }, extraHeaders: headers }), 201)).toMatchObject({ businessName: 'Lena Hair' });
    const shop = ok(await client.shops.create({
      body: { name: 'Lena Hair Lord Howe', timeZone: 'Australia/Lord_Howe', currency: 'AUD', slotIntervalMinutes: 60, minNoticeMinutes: 0 },
      extraHeaders: headers,
    }), 201) as { id: string; calendarFeedUrl: string };
    ids.shop = shop.id;
    feedUrl = shop.calendarFeedUrl;
    const service = async (name: string, priceMinor: number, durationMinutes: number) =>
      (ok(await client.services.create({ body: { shopId: ids.shop, name, category: 'Hair', priceMinor, durationMinutes }, extraHeaders: headers }), 201) as { id: string }).id;
    ids.cut = await service('Cut', 4000, 60);
    ids.colour = await service('Colour', 9000, 120);
    const staff = async (displayName: string) =>
      (ok(await client.staff.create({ params: { shopId: ids.shop }, body: { displayName }, extraHeaders: headers }), 201) as { id: string }).id;
    ids.ann = await staff('Ann');
    ids.bob = await staff('Bob');
    const annServices = ok(await client.staff.setServices({
      params: { id: ids.ann },
      body: { services: [{ serviceId: ids.cut, priceMinor: 4500 }, { serviceId: ids.colour }] },
      extraHeaders: headers,
    }), 200) as { services: { name: string; effectivePriceMinor: number }[] };
    expect(annServices.services.map((s) => [s.name, s.effectivePriceMinor])).toEqual([['Cut', 4500], ['Colour', 9000]]);
    ok(await client.staff.setServices({ params: { id: ids.bob }, body: { services: [{ serviceId: ids.cut }, { serviceId: ids.colour }] }, extraHeaders: headers }), 200);

    const hours = async (staffId: string | undefined, daysOfWeek: ('MO' | 'TU' | 'WE' | 'TH' | 'FR')[], startTime: string, endTime: string) =>
      ok(await client.schedules.create({ body: { shopId: ids.shop, ...(staffId ? { staffId } : {}), daysOfWeek, startTime, endTime }, extraHeaders: headers }), 201);
    // Shop: Mon–Fri 09:00–12:00 and 13:00–17:00. Ann: Mon, Tue, Thu, Fri 09:00–11:00 and 14:00–16:00. Bob: Mon–Fri 13:00–17:00.
    await hours(undefined, ['MO', 'TU', 'WE', 'TH', 'FR'], '09:00', '12:00');
    await hours(undefined, ['MO', 'TU', 'WE', 'TH', 'FR'], '13:00', '17:00');
    await hours(ids.ann, ['MO', 'TU', 'TH', 'FR'], '09:00', '11:00');
    await hours(ids.ann, ['MO', 'TU', 'TH', 'FR'], '14:00', '16:00');
    await hours(ids.bob, ['MO', 'TU', 'WE', 'TH', 'FR'], '13:00', '17:00');
    ok(await client.schedules.createOverride({ body: { shopId: ids.shop, date: '2026-10-02', isClosed: true, reason: 'Staff training' }, extraHeaders: headers }), 201);
    // Ann off Tuesday 6 October 09:00–11:00 local (UTC+11): 2026-10-05T22:00Z to 2026-10-06T00:00Z.
    ok(await client.timeOff.create({ params: { id: ids.ann }, body: { start: '2026-10-05T22:00:00Z', end: '2026-10-06T00:00:00Z', reason: 'Dentist' }, extraHeaders: headers }), 201);
  });

  it('previews exactly the slots the rules allow, across the half-hour DST change', async () => {
    const preview = ok(await typed.client.availability.previewSlots({
      body: { shopId: ids.shop, serviceId: ids.cut, staffId: ids.ann, from: '2026-10-01', to: '2026-10-06' },
      extraHeaders: headers,
    }), 200) as { timeZone: string; slots: { start: string; localStart: string }[] };
    expect(preview.timeZone).toBe('Australia/Lord_Howe');
    // Thu 1 Oct, UTC+10:30: 09:00, 10:00, 14:00, 15:00 local (60-min cut, 60-min grid, inside Ann's two windows).
    // Fri 2 Oct: the shop is closed (override). Sat 3 and Sun 4: no hours. DST starts Sun 4 Oct 02:00 → 02:30.
    // Mon 5 Oct, UTC+11: the same four local starts, half an hour earlier in UTC than Thursday's.
    // Tue 6 Oct: time off removes 09:00 and 10:00; 14:00 and 15:00 remain.
    expect(preview.slots.map((slot) => slot.start)).toEqual([
      '2026-09-30T22:30:00.000Z', '2026-09-30T23:30:00.000Z', '2026-10-01T03:30:00.000Z', '2026-10-01T04:30:00.000Z',
      '2026-10-04T22:00:00.000Z', '2026-10-04T23:00:00.000Z', '2026-10-05T03:00:00.000Z', '2026-10-05T04:00:00.000Z',
      '2026-10-06T03:00:00.000Z', '2026-10-06T04:00:00.000Z',
    ]);
    expect(preview.slots[0]!.localStart).toBe('2026-10-01T09:00:00+10:30');
    expect(preview.slots[4]!.localStart).toBe('2026-10-05T09:00:00+11:00');
  });

  it('shows the calendar view of Monday 5 October: each stylist\'s windows in UTC', async () => {
    const view = ok(await typed.client.availability.calendarView({ params: { shopId: ids.shop }, query: { from: '2026-10-05', to: '2026-10-05' }, extraHeaders: headers }), 200) as {
      days: { localDate: string; staff: { displayName: string; windows: { start: string; end: string }[] }[] }[];
    };
    expect(view.days.map((day) => day.localDate)).toEqual(['2026-10-05']);
    const byName = Object.fromEntries(view.days[0]!.staff.map((member) => [member.displayName, member.windows]));
    expect(byName).toEqual({
      Ann: [{ start: '2026-10-04T22:00:00.000Z', end: '2026-10-05T00:00:00.000Z' }, { start: '2026-10-05T03:00:00.000Z', end: '2026-10-05T05:00:00.000Z' }],
      Bob: [{ start: '2026-10-05T02:00:00.000Z', end: '2026-10-05T06:00:00.000Z' }],
    });
  });

  it('serves the bookings in the ICS feed and counts them on the dashboard', async () => {
    const { db } = api.database;
    const book = async (staffId: string, serviceId: string, startsAt: string, status: 'confirmed' | 'cancelled' | 'completed' | 'no_show', priceMinor: number) =>
      (await makeBooking(db, { shopId: ids.shop, serviceId, staffId, startsAt: new Date(startsAt), status, priceMinor })).booking;
    const made = [
      await book(ids.ann, ids.cut, '2026-09-30T22:30:00Z', 'completed', 4500), // Thu 09:00 +10:30
      await book(ids.bob, ids.cut, '2026-10-01T02:30:00Z', 'no_show', 4000), // Thu 13:00 +10:30
      await book(ids.ann, ids.cut, '2026-10-04T22:00:00Z', 'confirmed', 4500), // Mon 09:00 +11
      await book(ids.ann, ids.cut, '2026-10-04T23:00:00Z', 'cancelled', 4500), // Mon 10:00 +11
      await book(ids.bob, ids.colour, '2026-10-05T02:00:00Z', 'completed', 9000), // Mon 13:00–15:00 +11
    ];

    const feed = await fetch(feedUrl); // no Authorization: the token in the URL is the credential
    expect(feed.status).toBe(200);
    const events = Object.values(nodeIcal.sync.parseICS(await feed.text())).filter((c): c is VEvent => c?.type === 'VEVENT');
    const seen = events.map((e) => [e.uid, new Date(e.start).toISOString(), e.status]).sort((a, b) => String(a[1]).localeCompare(String(b[1])));
    expect(seen.map(([uid]) => uid)).toEqual(made.map((b) => expect.stringContaining(b.id)));
    expect(seen.map(([, start]) => start)).toEqual(made.map((b) => b.startsAt.toISOString()));
    expect(seen.map(([, , status]) => status)).toEqual(['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'CANCELLED', 'CONFIRMED']);

    const dashboard = ok(await typed.client.dashboard.get({ query: { from: '2026-10-01', to: '2026-10-06' }, extraHeaders: headers }), 200) as {
      bookingsByStatus: Record<string, number>; totalBookings: number; revenue: unknown; noShowRate: number;
      utilisation: { bookedStaffMinutes: number; workingStaffMinutes: number; rate: number };
    };
    expect(dashboard.bookingsByStatus).toEqual({ pending: 0, confirmed: 1, cancelled: 1, completed: 2, no_show: 1 });
    expect(dashboard.totalBookings).toBe(5);
    expect(dashboard.revenue).toEqual([{ currency: 'AUD', amountMinor: 4500 + 9000 }]); // completed only
    expect(dashboard.noShowRate).toBeCloseTo(1 / 3, 10); // no_show / (completed + no_show)
    // Booked: every booking not cancelled, 60 + 60 + 60 + 120 = 300 minutes (no buffers on these services).
    // Working, 1–6 Oct: Ann Thu 240 + Fri 0 (closed) + Mon 240 + Tue 240 − 120 time off = 600;
    // Bob Thu 240 + Fri 0 + Mon 240 + Tue 240 = 720. 300 / 1320 = 5/22.
    expect(dashboard.utilisation.bookedStaffMinutes).toBe(300);
    expect(dashboard.utilisation.workingStaffMinutes).toBe(1320);
    expect(dashboard.utilisation.rate).toBeCloseTo(5 / 22, 10);
  });
});
