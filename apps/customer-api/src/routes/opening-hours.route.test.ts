import { customerContract } from '@salon/contracts-customer';
import { dateOverrides } from '@salon/db';
import { makeOwner, makeShop, makeStaff, makeWeeklyHours } from '@salon/db/testing';
import { createTestApi, errorEnvelope, startTypedClient, type TestApi } from '@salon/runtime/testing';
import { createCustomerApp } from '../app';

// 13:30 UTC on Sunday 14 June 2026 is already 01:30 on Monday 15 June in Auckland (UTC+12).
const now = new Date('2026-06-14T13:30:00Z');
let api: TestApi;
let typed: Awaited<ReturnType<typeof startTypedClient<typeof customerContract>>>;
const ids = {} as Record<'auckland' | 'losAngeles' | 'closed' | 'deleted', string>;

beforeAll(async () => {
  api = await createTestApi(createCustomerApp, { now: () => now });
  typed = await startTypedClient(api, customerContract);
  const { db } = api.database;
  const { id: ownerId } = await makeOwner(db);
  const shop = await makeShop(db, { ownerId, timeZone: 'Pacific/Auckland', currency: 'NZD' });
  const hours = (rrule: string, startLocal: string, endLocal: string, extra: object = {}) =>
    makeWeeklyHours(db, { shopId: shop.id, rrule, startLocal, endLocal, ...extra });
  await hours('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', '14:00', '18:00'); // split shift, inserted out of order
  await hours('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', '09:00', '13:00');
  await hours('FREQ=WEEKLY;BYDAY=TH', '12:00', '15:00'); // overlaps both Thursday windows
  await hours('FREQ=WEEKLY;BYDAY=SA', '10:00', '16:00', { validFrom: '2026-01-01' });
  await hours('DTSTART:20260104T000000\nRRULE:FREQ=WEEKLY;BYDAY=SU', '18:00', '24:00');
  await hours('FREQ=WEEKLY;BYDAY=SU', '08:00', '10:00', { validUntil: '2026-06-14' }); // ended yesterday, shop time
  await hours('FREQ=WEEKLY;BYDAY=SA', '07:00', '20:00', { validFrom: '2026-07-01' }); // not yet
  const ann = await makeStaff(db, { shopId: shop.id, displayName: 'Ann' });
  await hours('FREQ=WEEKLY;BYDAY=WE', '06:00', '22:00', { staffId: ann.id }); // staff hours are not opening hours
  await db.insert(dateOverrides).values([
    { shopId: shop.id, date: '2026-06-14', isClosed: true, reason: 'Yesterday in Auckland' },
    { shopId: shop.id, date: '2026-06-15', isClosed: true, reason: 'Staff training' },
    { shopId: shop.id, date: '2026-06-20', windows: [{ start: '12:00', end: '14:00' }, { start: '10:00', end: '11:00' }] },
    { shopId: shop.id, staffId: ann.id, date: '2026-06-16', isClosed: true, reason: 'Ann off' },
    { shopId: shop.id, date: '2026-06-28', isClosed: true, reason: null },
    { shopId: shop.id, date: '2026-06-29', isClosed: true, reason: 'Past the 14 days' },
  ]);
  const losAngeles = await makeShop(db, { ownerId, timeZone: 'America/Los_Angeles', currency: 'USD' });
  Object.assign(ids, {
    auckland: shop.id,
    losAngeles: losAngeles.id,
    closed: (await makeShop(db, { ownerId, isActive: false })).id,
    deleted: (await makeShop(db, { ownerId, deletedAt: new Date() })).id,
  });
});
afterAll(async () => {
  await typed.close();
  await api.close();
});

describe('GET /schedules/shop/{shopId} (public)', () => {
  it('gives the weekly hours in effect today as local HH:mm windows, merged and in order, staff hours left out', async () => {
    const res = await typed.client.openingHours.shopHours({ params: { shopId: ids.auckland }, query: {} });
    expect(res.status).toBe(200);
    if (res.status !== 200) return;
    expect([res.body.shopId, res.body.timeZone, res.body.today]).toEqual([ids.auckland, 'Pacific/Auckland', '2026-06-15']);
    const weekdays = { mo: [['09:00', '13:00'], ['14:00', '18:00']], th: [['09:00', '18:00']], sa: [['10:00', '16:00']], su: [['18:00', '24:00']] };
    expect(res.body.weekly.map((day) => [day.weekday, day.windows.map((w) => [w.start, w.end])])).toEqual([
      ['monday', weekdays.mo], ['tuesday', weekdays.mo], ['wednesday', weekdays.mo], ['thursday', weekdays.th],
      ['friday', weekdays.mo], ['saturday', weekdays.sa], ['sunday', weekdays.su],
    ]);
  });

  it('lists the shop-wide special days from today (shop time) to 13 days later, in date order', async () => {
    const res = await typed.client.openingHours.shopHours({ params: { shopId: ids.auckland }, query: {} });
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    expect(res.body.specialDays).toEqual([
      { date: '2026-06-15', isClosed: true, windows: [], reason: 'Staff training' },
      { date: '2026-06-20', isClosed: false, windows: [{ start: '10:00', end: '11:00' }, { start: '12:00', end: '14:00' }], reason: null },
      { date: '2026-06-28', isClosed: true, windows: [], reason: null },
    ]);
  });

  it('takes "today" from the shop\'s zone: still 14 June in Los Angeles; no hours is seven closed days', async () => {
    const res = await typed.client.openingHours.shopHours({ params: { shopId: ids.losAngeles }, query: {} });
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    expect(res.body.today).toBe('2026-06-14');
    expect(res.body.weekly.every((day) => day.windows.length === 0)).toBe(true);
    expect(res.body.specialDays).toEqual([]);
  });

  it.each([
    ['an inactive shop', () => ids.closed],
    ['a deleted shop', () => ids.deleted],
    ['an unknown id', () => '00000000-0000-4000-8000-000000000000'],
  ])('answers %s with 404 not_found', async (_name, shopId) => {
    const res = await typed.client.openingHours.shopHours({ params: { shopId: shopId() }, query: {} });
    expect([res.status, res.body]).toEqual([404, errorEnvelope('not_found')]);
  });
});
