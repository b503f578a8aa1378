import { createBooking } from '@salon/booking';
import { ownerContract } from '@salon/contracts-owner';
import { timeOff } from '@salon/db';
import { makeCustomer, makeService, makeShop, makeStaff, makeWeeklyHours } from '@salon/db/testing';
import { createTestApi, startTypedClient, type TestApi } from '@salon/runtime/testing';
import { createOwnerApp } from '../app';

// A visit of two services with two stylists (issue 13): the booking row names the first line's
// stylist, so the owner's views must read the lines to show the second stylist's part.
const now = new Date('2026-12-01T08:00:00Z');
let api: TestApi;
let typed: Awaited<ReturnType<typeof startTypedClient<typeof ownerContract>>>;
let headers: { authorization: string };
let ids: { shopId: string; benId: string; anaId: string; visitId: string };

beforeAll(async () => {
  api = await createTestApi(createOwnerApp, { now: () => now });
  typed = await startTypedClient(api, ownerContract);
  headers = typed.as(await api.tokenFor('visit-owner', { role: 'owner' }));
  const me = await typed.client.auth.me({ extraHeaders: headers });
  const ownerId = me.status === 200 && me.body.owner ? me.body.owner.id : '';
  const { db } = api.database;
  const shop = await makeShop(db, { ownerId, timeZone: 'Europe/London', slotIntervalMinutes: 30, minNoticeMinutes: 0 });
  const cut = await makeService(db, { shopId: shop.id, name: 'Cut', durationMinutes: 30 });
  const colour = await makeService(db, { shopId: shop.id, name: 'Colour', durationMinutes: 90 });
  const ben = await makeStaff(db, { shopId: shop.id, displayName: 'Ben', serviceIds: [cut.id] });
  const ana = await makeStaff(db, { shopId: shop.id, displayName: 'Ana', serviceIds: [colour.id] });
  await makeWeeklyHours(db, { shopId: shop.id, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', startLocal: '09:00', endLocal: '17:00' });
  const customer = await makeCustomer(db);
  const visit = await createBooking({
    ctx: { db, now: () => now, userId: customer.userId },
    input: { customerId: customer.id, shopId: shop.id, serviceId: cut.id, start: new Date('2026-12-09T09:30:00Z'), lines: [{ serviceId: cut.id, staffId: ben.id }, { serviceId: colour.id, staffId: ana.id }] },
  });
  ids = { shopId: shop.id, benId: ben.id, anaId: ana.id, visitId: visit.id };
});
afterAll(async () => {
  await typed.close();
  await api.close();
});

describe('owner views of a visit with two stylists', () => {
  it('the calendar view shows each stylist their own part, with its own times and service', async () => {
    const res = await typed.client.availability.calendarView({ params: { shopId: ids.shopId }, query: { from: '2026-12-09', to: '2026-12-09' }, extraHeaders: headers });
    expect(res.status).toBe(200);
    if (res.status !== 200) return;
    const of = (staffId: string) => res.body.days[0]!.staff.find((member) => member.staffId === staffId)!.bookings;
    expect(of(ids.benId)).toMatchObject([{ id: ids.visitId, start: '2026-12-09T09:30:00.000Z', end: '2026-12-09T10:00:00.000Z', serviceName: 'Cut' }]);
    expect(of(ids.anaId)).toMatchObject([{ id: ids.visitId, start: '2026-12-09T10:00:00.000Z', end: '2026-12-09T11:30:00.000Z', serviceName: 'Colour' }]);
    const anaOnly = await typed.client.availability.calendarView({ params: { shopId: ids.shopId }, query: { from: '2026-12-09', to: '2026-12-09', staffId: ids.anaId }, extraHeaders: headers });
    expect(anaOnly.status === 200 && anaOnly.body.days[0]!.staff[0]!.bookings.map((b) => b.serviceName)).toEqual(['Colour']);
  });

  it('the bookings list filtered by the second stylist finds the visit', async () => {
    const res = await typed.client.bookings.listForShop({ params: { shopId: ids.shopId }, query: { staffId: ids.anaId }, extraHeaders: headers });
    expect(res.status === 200 && res.body.items.map((item) => item.id)).toEqual([ids.visitId]);
  });

  it('schedule conflicts judge each stylist by their own part: a clash in the second part is found, time after the first part is not one', async () => {
    const { db } = api.database;
    await db.insert(timeOff).values({ shopId: ids.shopId, staffId: ids.benId, startsAt: new Date('2026-12-09T10:30:00Z'), endsAt: new Date('2026-12-09T11:00:00Z') });
    const clear = await typed.client.schedules.conflicts({ params: { shopId: ids.shopId }, extraHeaders: headers });
    expect(clear.status === 200 && clear.body.items).toEqual([]);
    await db.insert(timeOff).values({ shopId: ids.shopId, staffId: ids.anaId, startsAt: new Date('2026-12-09T10:00:00Z'), endsAt: new Date('2026-12-09T11:00:00Z') });
    const clash = await typed.client.schedules.conflicts({ params: { shopId: ids.shopId }, extraHeaders: headers });
    expect(clash.status === 200 && clash.body.items).toMatchObject([{ bookingId: ids.visitId, staffId: ids.anaId, start: '2026-12-09T10:00:00.000Z', reason: 'time_off' }]);
  });
});
