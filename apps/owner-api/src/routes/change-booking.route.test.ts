import { ownerContract } from '@salon/contracts-owner';
import { type Booking, type Shop } from '@salon/db';
import { makeBooking, makeService, makeShop, makeStaff } from '@salon/db/testing';
import { createTestApi, errorEnvelope, runRouteSecurityTests, startTypedClient, type TestApi } from '@salon/runtime/testing';
import { createOwnerApp } from '../app';
import { signUpOwner, type TestOwner } from '../testing/sign-up-owner';

const SETUP_TIMEOUT_MS = 120_000;
const NOW = new Date('2026-06-01T12:00:00Z');

describe('owner-api: PUT /bookings/{id} and DELETE /bookings/{id}/cancel', () => {
  let api: TestApi;
  let typed: Awaited<ReturnType<typeof startTypedClient<typeof ownerContract>>>;
  let ann: TestOwner;
  let shop: Shop;
  let past: Booking;
  let soon: Booking;
  let other: Booking;

  beforeAll(async () => {
    api = await createTestApi(createOwnerApp, { now: () => NOW });
    typed = await startTypedClient(api, ownerContract);
    const db = api.database.db;
    ann = await signUpOwner(api, 'ann');
    shop = await makeShop(db, { ownerId: ann.ownerId, timeZone: 'Europe/London' });
    const service = await makeService(db, { shopId: shop.id, durationMinutes: 60 });
    const staff = await makeStaff(db, { shopId: shop.id, serviceIds: [service.id] });
    past = (await makeBooking(db, { shopId: shop.id, serviceId: service.id, staffId: staff.id, startsAt: new Date('2026-06-01T09:00:00Z'), status: 'confirmed' })).booking;
    soon = (await makeBooking(db, { shopId: shop.id, serviceId: service.id, staffId: staff.id, startsAt: new Date('2026-06-01T13:00:00Z'), status: 'confirmed' })).booking;
    other = (await makeBooking(db, { shopId: (await makeShop(db)).id, startsAt: new Date('2026-06-02T09:00:00Z') })).booking;
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await typed.close();
    await api.close();
  });

  const put = (id: string, body: Record<string, unknown>) =>
    typed.client.bookings.update({ params: { id }, body: body as never, extraHeaders: typed.as(ann.token) });

  it('completes a started booking and records it in the history; completed stays terminal', async () => {
    const done = await put(past.id, { status: 'completed', reason: 'Went well', notes: 'Likes it short' });
    expect(done.status).toBe(200);
    if (done.status !== 200) return;
    expect(done.body).toMatchObject({ status: 'completed', notes: 'Likes it short' });
    expect(done.body.statusHistory.at(-1)).toMatchObject({ fromStatus: 'confirmed', toStatus: 'completed', reason: 'Went well' });
    const again = await put(past.id, { status: 'no_show' });
    expect(again.status).toBe(409);
    expect(again.body).toEqual(errorEnvelope('conflict'));
  });

  it('refuses to complete a booking that has not started (409), changing nothing', async () => {
    const res = await put(soon.id, { status: 'completed', notes: 'should roll back' });
    expect(res.status).toBe(409);
    const read = await typed.client.bookings.get({ params: { id: soon.id }, extraHeaders: typed.as(ann.token) });
    expect(read.body).toMatchObject({ status: 'confirmed', notes: null });
  });

  it('cancels at any time, even an hour before the start, and a retried cancel returns it unchanged', async () => {
    const res = await typed.client.bookings.cancel({ params: { id: soon.id }, body: { reason: 'Stylist ill' }, extraHeaders: typed.as(ann.token) });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'cancelled', cancellationReason: 'Stylist ill' });
    const twice = await typed.client.bookings.cancel({ params: { id: soon.id }, body: {}, extraHeaders: typed.as(ann.token) });
    expect(twice.status).toBe(200);
    expect(twice.body).toMatchObject({ status: 'cancelled', cancellationReason: 'Stylist ill' });
  });

  it.each([
    ['an empty body', {}],
    ['an unknown status', { status: 'cancelled' }],
    ['an unknown field', { notes: 'x', price: 1 }],
    ['a NUL byte', { notes: 'a\u0000b' }],
  ])('400 for %s', async (_label, body) => {
    const res = await put(soon.id, body);
    expect(res.status).toBe(400);
  });

  it('404 for another owner\'s booking and for a bad id', async () => {
    expect((await put(other.id, { notes: 'x' })).status).toBe(404);
    const cancel = await typed.client.bookings.cancel({ params: { id: other.id }, body: {}, extraHeaders: typed.as(ann.token) });
    expect(cancel.status).toBe(404);
    expect((await put('not-a-uuid', { notes: 'x' })).status).toBe(400);
  });

  runRouteSecurityTests(() => api, {
    role: 'owner',
    routes: () => ({
      update: { method: 'put', path: `/api/v1/bookings/${past.id}`, body: { notes: 'x' } },
      cancel: { method: 'delete', path: `/api/v1/bookings/${past.id}/cancel`, body: {} },
    }),
  });
});
