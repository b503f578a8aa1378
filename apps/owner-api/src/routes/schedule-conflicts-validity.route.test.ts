import { makeBooking, makeService } from '@salon/db/testing';
import { createTestApi, type TestApi } from '@salon/runtime/testing';
import { createOwnerApp } from '../app';
import { ownerWithShop, startOwnerClient, type OwnerWithShop, type TypedClient } from '../testing/owner-fixtures';

const DAY_MS = 86_400_000;
const dateIn = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
const EVERY_DAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

// Kolkata is UTC+05:30 all year (no DST), so a local wall-clock time is a fixed UTC instant and the
// test can say "15:00 in the shop" without zone arithmetic of its own.
describe('owner-api: conflicts follow the shop\'s zone and each row\'s validity dates', () => {
  let api: TestApi;
  let typed: TypedClient;
  let owner: OwnerWithShop;
  const ids: Record<string, string> = {};
  const local = (days: number, time: string) => new Date(`${dateIn(days)}T${time}:00+05:30`);

  beforeAll(async () => {
    api = await createTestApi(createOwnerApp);
    typed = await startOwnerClient(api);
    owner = await ownerWithShop(api, typed, 'priya', { timeZone: 'Asia/Kolkata', currency: 'INR' });
    const headers = typed.as(owner.token);
    const staffRow = { shopId: owner.shop.id, staffId: owner.staff.id, daysOfWeek: [...EVERY_DAY] };
    const results = await Promise.all([
      typed.client.schedules.create({ body: { shopId: owner.shop.id, daysOfWeek: [...EVERY_DAY], startTime: '08:00', endTime: '20:00' }, extraHeaders: headers }),
      // Long days up to day 7, short days from day 8: a change of hours announced ahead.
      typed.client.schedules.create({ body: { ...staffRow, startTime: '09:00', endTime: '18:00', validUntil: dateIn(7) }, extraHeaders: headers }),
      typed.client.schedules.create({ body: { ...staffRow, startTime: '09:00', endTime: '13:00', validFrom: dateIn(8) }, extraHeaders: headers }),
    ]);
    if (results.some((res) => res.status !== 201)) throw new Error('setup failed');
    const db = api.database.db;
    const service = await makeService(db, { shopId: owner.shop.id, durationMinutes: 60 });
    const book = async (name: string, startsAt: Date) => {
      const { booking } = await makeBooking(db, { shopId: owner.shop.id, serviceId: service.id, staffId: owner.staff.id, startsAt });
      ids[name] = booking.id;
    };
    await book('lastLongDay', local(7, '15:00'));
    await book('firstShortDayMorning', local(8, '11:00'));
    await book('firstShortDayAfternoon', local(8, '15:00'));
    await book('endsAtClose', local(8, '12:00'));
    await book('runsPastClose', local(9, '12:30'));
  });
  afterAll(async () => {
    await typed.close();
    await api.close();
  });

  it('judges each booking by the rows valid on its local date, and spells its start on the shop\'s clock', async () => {
    const res = await typed.client.schedules.conflicts({ params: { shopId: owner.shop.id }, extraHeaders: typed.as(owner.token) });
    expect(res.status).toBe(200);
    if (res.status !== 200) return;
    expect(res.body.items).toEqual([
      {
        bookingId: ids['firstShortDayAfternoon'],
        staffId: owner.staff.id,
        start: local(8, '15:00').toISOString(),
        end: local(8, '16:00').toISOString(),
        localStart: `${dateIn(8)}T15:00:00+05:30`,
        reason: 'outside_working_hours',
      },
      expect.objectContaining({ bookingId: ids['runsPastClose'], localStart: `${dateIn(9)}T12:30:00+05:30` }),
    ]);
  });
});
