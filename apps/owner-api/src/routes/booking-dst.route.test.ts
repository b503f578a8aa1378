import { createBooking } from '@salon/booking';
import { ownerContract } from '@salon/contracts-owner';
import { makeCustomer, makeService, makeShop, makeStaff, makeWeeklyHours } from '@salon/db/testing';
import { createTestApi, startTypedClient, type TestApi } from '@salon/runtime/testing';
import { createOwnerApp } from '../app';
import { signUpOwner } from '../testing/sign-up-owner';

// The owner's half of the DST case (the customer's is in customer-api change-my-booking.route.test.ts):
// bookings made through libs/booking on the Europe/London spring-forward Sunday read back in the
// offset in force at each instant.
const NOW = new Date('2026-03-01T00:00:00Z');
let api: TestApi;
let typed: Awaited<ReturnType<typeof startTypedClient<typeof ownerContract>>>;

beforeAll(async () => {
  api = await createTestApi(createOwnerApp, { now: () => NOW });
  typed = await startTypedClient(api, ownerContract);
}, 120_000);
afterAll(async () => {
  await typed.close();
  await api.close();
});

it('shows 00:00 GMT before the change and 10:00 BST after it, on 2026-03-29', async () => {
  const { db } = api.database;
  const ann = await signUpOwner(api, 'dst-ann');
  const shop = await makeShop(db, { ownerId: ann.ownerId, timeZone: 'Europe/London' });
  const service = await makeService(db, { shopId: shop.id, durationMinutes: 60 });
  const stylist = await makeStaff(db, { shopId: shop.id, serviceIds: [service.id] });
  await makeWeeklyHours(db, { shopId: shop.id, rrule: 'FREQ=WEEKLY;BYDAY=SU', startLocal: '00:00', endLocal: '24:00' });
  await makeWeeklyHours(db, { shopId: shop.id, staffId: stylist.id, rrule: 'FREQ=WEEKLY;BYDAY=SU', startLocal: '00:00', endLocal: '24:00' });
  const customer = await makeCustomer(db);
  const expected = [
    ['2026-03-29T00:00:00Z', '2026-03-29T00:00:00+00:00'],
    ['2026-03-29T09:00:00Z', '2026-03-29T10:00:00+01:00'],
  ];
  for (const [start, localStart] of expected) {
    const booking = await createBooking({
      ctx: { db, now: () => NOW, userId: customer.userId },
      input: { customerId: customer.id, shopId: shop.id, serviceId: service.id, start: new Date(start!) },
    });
    const res = await typed.client.bookings.get({ params: { id: booking.id }, extraHeaders: typed.as(ann.token) });
    expect(res.status === 200 && [res.body.localStart, res.body.localDate]).toEqual([localStart, '2026-03-29']);
  }
});
