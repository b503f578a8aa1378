// scheduling-cases.md cases 1–10 end to end: rows in the database, POST /schedules/generate-slots
// through the owner portal's typed client, exact UTC answers. Runs on PGlite and on PostgreSQL.
import { ownerContract } from '@salon/contracts-owner';
import { dateOverrides } from '@salon/db';
import { makeBooking, makeService, makeShop, makeStaff, makeWeeklyHours } from '@salon/db/testing';
import { createTestApi, startTypedClient, type TestApi } from '@salon/runtime/testing';
import { createOwnerApp } from '../app';

let now = new Date('2026-01-01T00:00:00Z');
let api: TestApi;
let typed: Awaited<ReturnType<typeof startTypedClient<typeof ownerContract>>>;
let headers: { authorization: string };
let ownerId: string;

beforeAll(async () => {
  api = await createTestApi(createOwnerApp, { now: () => now });
  typed = await startTypedClient(api, ownerContract);
  headers = typed.as(await api.tokenFor('case-owner', { role: 'owner' }));
  const me = await typed.client.auth.me({ extraHeaders: headers });
  if (me.status !== 200 || !me.body.owner) throw new Error('owner profile missing');
  ownerId = me.body.owner.id;
});
afterAll(async () => {
  await typed.close();
  await api.close();
});

type Setup = {
  timeZone: string;
  byDay: string;
  start: string;
  end: string;
  durationMinutes?: number;
  slotIntervalMinutes?: number;
  bufferAfterMinutes?: number;
  minNoticeMinutes?: number;
};

/** A shop open all week, one stylist working `byDay` start–end, one service they perform. */
async function salon(setup: Setup) {
  const { db } = api.database;
  const shop = await makeShop(db, {
    ownerId,
    timeZone: setup.timeZone,
    slotIntervalMinutes: setup.slotIntervalMinutes ?? 60,
    minNoticeMinutes: setup.minNoticeMinutes ?? 0,
    maxAdvanceDays: 730,
  });
  const service = await makeService(db, { shopId: shop.id, durationMinutes: setup.durationMinutes ?? 60, bufferAfterMinutes: setup.bufferAfterMinutes ?? 0 });
  const stylist = await makeStaff(db, { shopId: shop.id, serviceIds: [service.id] });
  await makeWeeklyHours(db, { shopId: shop.id, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU', startLocal: '00:00', endLocal: '24:00' });
  await makeWeeklyHours(db, { shopId: shop.id, staffId: stylist.id, rrule: `FREQ=WEEKLY;BYDAY=${setup.byDay}`, startLocal: setup.start, endLocal: setup.end });
  return { shop, service, stylist };
}

async function starts(ids: { shop: { id: string }; service: { id: string } }, from: string, to = from) {
  const res = await typed.client.availability.previewSlots({ body: { shopId: ids.shop.id, serviceId: ids.service.id, from, to }, extraHeaders: headers });
  if (res.status !== 200) throw new Error(`preview answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.slots.map((slot) => slot.start);
}

const utc = (...times: string[]) => times.map((time) => `${time}:00.000Z`);

describe('POST /schedules/generate-slots: scheduling-cases.md 1–8 over HTTP', () => {
  beforeEach(() => {
    now = new Date('2026-01-01T00:00:00Z');
  });

  it('case 1: London Mondays 09:00–12:00, before and after the clocks go forward', async () => {
    const ids = await salon({ timeZone: 'Europe/London', byDay: 'MO', start: '09:00', end: '12:00' });
    expect(await starts(ids, '2026-03-23', '2026-03-30')).toEqual(
      utc('2026-03-23T09:00', '2026-03-23T10:00', '2026-03-23T11:00', '2026-03-30T08:00', '2026-03-30T09:00', '2026-03-30T10:00'),
    );
  });

  it.each([
    ['case 2: London spring-forward night', 'Europe/London', '2026-03-29', '00:00', '04:00', 60, utc('2026-03-29T00:00', '2026-03-29T01:00', '2026-03-29T02:00')],
    ['case 3: New York fall-back night, 01:00 twice', 'America/New_York', '2026-11-01', '00:00', '04:00', 60,
      utc('2026-11-01T04:00', '2026-11-01T05:00', '2026-11-01T06:00', '2026-11-01T07:00', '2026-11-01T08:00')],
    ['case 4: Santiago, a day without midnight', 'America/Santiago', '2026-09-06', '00:00', '03:00', 60, utc('2026-09-06T04:00', '2026-09-06T05:00')],
    ['case 5: Lord Howe, a 30-minute jump', 'Australia/Lord_Howe', '2026-10-04', '01:00', '04:00', 30,
      utc('2026-10-03T14:30', '2026-10-03T15:00', '2026-10-03T15:30', '2026-10-03T16:00', '2026-10-03T16:30')],
    ['case 6: Sydney fall-back', 'Australia/Sydney', '2026-04-05', '01:00', '04:00', 60,
      utc('2026-04-04T14:00', '2026-04-04T15:00', '2026-04-04T16:00', '2026-04-04T17:00')],
    ['case 7: Kathmandu +05:45', 'Asia/Kathmandu', '2026-06-01', '10:00', '11:00', 60, utc('2026-06-01T04:15')],
  ])('%s', async (_name, timeZone, date, start, end, minutes, expected) => {
    const byDay = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][new Date(`${date}T12:00:00Z`).getUTCDay()]!;
    const ids = await salon({ timeZone, byDay, start, end, durationMinutes: minutes, slotIntervalMinutes: minutes });
    expect(await starts(ids, date)).toEqual(expected);
  });

  it('case 8: Berlin Tuesdays, a shop-wide closed override on 2026-12-22', async () => {
    const ids = await salon({ timeZone: 'Europe/Berlin', byDay: 'TU', start: '09:00', end: '17:00' });
    await api.database.db.insert(dateOverrides).values({ shopId: ids.shop.id, date: '2026-12-22', isClosed: true });
    const listed = await starts(ids, '2026-12-22', '2026-12-29');
    expect(listed.filter((start) => start.startsWith('2026-12-22'))).toEqual([]);
    expect(listed).toEqual(utc(...[8, 9, 10, 11, 12, 13, 14, 15].map((hour) => `2026-12-29T${String(hour).padStart(2, '0')}:00`)));
  });
});

describe('POST /schedules/generate-slots: cases 9 and 10 (buffers, notice)', () => {
  const setup: Setup = { timeZone: 'Europe/London', byDay: 'MO', start: '09:00', end: '12:00', slotIntervalMinutes: 15, bufferAfterMinutes: 15 };

  it('case 9: a 09:00–10:00 booking with a 15-minute buffer after leaves 10:15 to 11:00 local', async () => {
    now = new Date('2026-01-01T00:00:00Z');
    const ids = await salon(setup);
    await makeBooking(api.database.db, { shopId: ids.shop.id, serviceId: ids.service.id, staffId: ids.stylist.id, startsAt: new Date('2026-06-01T08:00:00Z') });
    expect(await starts(ids, '2026-06-01')).toEqual(utc('2026-06-01T09:15', '2026-06-01T09:30', '2026-06-01T09:45', '2026-06-01T10:00'));
  });

  it('case 10: at 08:50 local with 120 minutes\' notice only 11:00 local remains', async () => {
    now = new Date('2026-06-01T07:50:00Z');
    const ids = await salon({ ...setup, minNoticeMinutes: 120 });
    await makeBooking(api.database.db, { shopId: ids.shop.id, serviceId: ids.service.id, staffId: ids.stylist.id, startsAt: new Date('2026-06-01T08:00:00Z') });
    const res = await typed.client.availability.previewSlots({
      body: { shopId: ids.shop.id, serviceId: ids.service.id, from: '2026-06-01', to: '2026-06-01' },
      extraHeaders: headers,
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      shopId: ids.shop.id,
      serviceId: ids.service.id,
      timeZone: 'Europe/London',
      slots: [{
        start: '2026-06-01T10:00:00.000Z',
        end: '2026-06-01T11:00:00.000Z',
        localStart: '2026-06-01T11:00:00+01:00',
        localDate: '2026-06-01',
        staffIds: [ids.stylist.id],
        staff: [{ staffId: ids.stylist.id, end: '2026-06-01T11:00:00.000Z' }],
      }],
    });
  });
});
