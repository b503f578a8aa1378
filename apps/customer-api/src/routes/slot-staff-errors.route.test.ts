// `staffId` on the public slot routes, as on owner-api (conventions.md, issue 8): an id that is not
// one of this shop's staff is 404 naming the staff member; one of them who does not perform the
// service is 400. Through the mobile app's typed client, with no token.
import { customerContract } from '@salon/contracts-customer';
import { makeService, makeShop, makeStaff, makeWeeklyHours } from '@salon/db/testing';
import { createTestApi, errorEnvelope, startTypedClient, type TestApi } from '@salon/runtime/testing';
import { createCustomerApp } from '../app';

let api: TestApi;
let typed: Awaited<ReturnType<typeof startTypedClient<typeof customerContract>>>;
let ids: { shopId: string; serviceId: string; annId: string; bobId: string; bobRuleId: string; otherShopStaffId: string; goneId: string; offId: string };

beforeAll(async () => {
  api = await createTestApi(createCustomerApp, { now: () => new Date('2026-06-01T00:00:00Z') });
  typed = await startTypedClient(api, customerContract);
  const { db } = api.database;
  const shop = await makeShop(db, { timeZone: 'Europe/London', slotIntervalMinutes: 60, minNoticeMinutes: 0 });
  const service = await makeService(db, { shopId: shop.id, durationMinutes: 60 });
  const ann = await makeStaff(db, { shopId: shop.id, serviceIds: [service.id] });
  const bob = await makeStaff(db, { shopId: shop.id }); // performs nothing
  const gone = await makeStaff(db, { shopId: shop.id, serviceIds: [service.id], deletedAt: new Date('2026-05-01T00:00:00Z') });
  const off = await makeStaff(db, { shopId: shop.id, serviceIds: [service.id], isActive: false });
  await makeWeeklyHours(db, { shopId: shop.id, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU', startLocal: '09:00', endLocal: '12:00' });
  const bobRule = await makeWeeklyHours(db, { shopId: shop.id, staffId: bob.id, rrule: 'FREQ=WEEKLY;BYDAY=TU', startLocal: '10:00', endLocal: '12:00' });
  const other = await makeShop(db);
  const otherService = await makeService(db, { shopId: other.id });
  const otherStaff = await makeStaff(db, { shopId: other.id, serviceIds: [otherService.id] });
  ids = { shopId: shop.id, serviceId: service.id, annId: ann.id, bobId: bob.id, bobRuleId: bobRule.id, otherShopStaffId: otherStaff.id, goneId: gone.id, offId: off.id };
});
afterAll(async () => {
  await typed.close();
  await api.close();
});

const calendarView = (staffId: string) =>
  typed.client.slots.calendarView({ params: { shopId: ids.shopId }, query: { serviceId: ids.serviceId, from: '2026-06-01', to: '2026-06-07', staffId } });

describe('GET /schedules/calendar-view/{shopId}?staffId=', () => {
  it('a stylist of the shop who performs the service narrows the slots to theirs', async () => {
    const res = await calendarView(ids.annId);
    expect(res.status).toBe(200);
    expect(res.status === 200 && res.body.days.flatMap((day) => day.slots.flatMap((slot) => slot.staffIds))).toEqual(
      Array.from({ length: 6 }, () => ids.annId),
    );
  });

  it.each([
    ['another shop\'s staff member', () => ids.otherShopStaffId],
    ['an unknown id', () => '00000000-0000-4000-8000-000000000000'],
    ['a staff member who left (deleted)', () => ids.goneId],
    ['a staff member switched off', () => ids.offId],
  ])('%s → 404 not_found naming the staff member', async (_name, staffId) => {
    const res = await calendarView(staffId());
    expect(res.status).toBe(404);
    expect(res.body).toEqual(errorEnvelope('not_found'));
    expect(res.status === 404 && res.body.error.message).toBe('Staff member not found.');
  });

  it('a staff member of the shop who does not perform the service → 400 on query.staffId', async () => {
    const res = await calendarView(ids.bobId);
    expect(res.status).toBe(400);
    expect(res.body).toEqual(errorEnvelope('validation_failed'));
    expect(res.status === 400 && res.body.error.details?.map((detail) => detail.path)).toEqual(['query.staffId']);
  });
});

describe('GET /schedules/{id}/available-slots (its stylist comes from the schedule row)', () => {
  it('a stylist\'s schedule and a service they do not perform → 400 on query.serviceId (there is no staffId parameter)', async () => {
    const res = await typed.client.slots.availableSlots({ params: { id: ids.bobRuleId }, query: { serviceId: ids.serviceId, from: '2026-06-01', to: '2026-06-07' } });
    expect(res.status).toBe(400);
    expect(res.body).toEqual(errorEnvelope('validation_failed'));
    expect(res.status === 400 && res.body.error.details?.map((detail) => detail.path)).toEqual(['query.serviceId']);
  });
});
