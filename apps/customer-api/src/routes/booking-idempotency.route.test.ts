import { customerContract } from '@salon/contracts-customer';
import { bookings, eq, idempotencyKeys, type Service, type Shop, type Staff } from '@salon/db';
import { makeBooking, makeOwner, makeService, makeShop, makeStaff, makeWeeklyHours } from '@salon/db/testing';
import { requestHashOf } from '@salon/idempotency';
import { createTestApi, errorEnvelope, startTypedClient, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createCustomerApp } from '../app';

// POST /bookings with Idempotency-Key (conventions.md): replay, 422 on another body, 409 while running.
const NOW = new Date('2026-06-01T06:00:00Z');
let api: TestApi;
let typed: Awaited<ReturnType<typeof startTypedClient<typeof customerContract>>>;
let shop: Shop;
let service: Service;
let stylist: Staff;

beforeAll(async () => {
  api = await createTestApi(createCustomerApp, { now: () => NOW });
  typed = await startTypedClient(api, customerContract);
  const { db } = api.database;
  shop = await makeShop(db, { ownerId: (await makeOwner(db)).id, timeZone: 'Europe/London' });
  service = await makeService(db, { shopId: shop.id, durationMinutes: 60 });
  stylist = await makeStaff(db, { shopId: shop.id, serviceIds: [service.id] });
  await makeWeeklyHours(db, { shopId: shop.id, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU', startLocal: '08:00', endLocal: '18:00' });
  await makeWeeklyHours(db, { shopId: shop.id, staffId: stylist.id, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU', startLocal: '08:00', endLocal: '18:00' });
}, 120_000);
afterAll(async () => {
  await typed.close();
  await api.close();
});

const post = (token: string, key: string, body: object) =>
  request(api.app).post('/api/v1/bookings').set('Authorization', `Bearer ${token}`).set('Idempotency-Key', key).send(body);
const bodyAt = (start: string) => ({ shopId: shop.id, serviceId: service.id, start });
const bookingCount = async () => (await api.database.db.select({ id: bookings.id }).from(bookings).where(eq(bookings.shopId, shop.id))).length;

describe('POST /bookings with Idempotency-Key', () => {
  it('replays the first 201 exactly for the same key and body, booking once', async () => {
    const token = await api.tokenFor('retrier', { role: 'customer' });
    const before = await bookingCount();
    const first = await post(token, 'book-1', bodyAt('2026-06-02T09:00:00Z'));
    const again = await post(token, 'book-1', { start: '2026-06-02T09:00:00Z', serviceId: service.id, shopId: shop.id });
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body).toEqual(first.body);
    expect([first.headers['idempotent-replayed'], again.headers['idempotent-replayed']]).toEqual([undefined, 'true']);
    expect(await bookingCount()).toBe(before + 1);
  });

  it('answers 422 idempotency_key_reused to the same key with another body', async () => {
    const token = await api.tokenFor('reuser', { role: 'customer' });
    expect((await post(token, 'book-2', bodyAt('2026-06-02T11:00:00Z'))).status).toBe(201);
    const res = await post(token, 'book-2', bodyAt('2026-06-02T12:00:00Z'));
    expect([res.status, res.body]).toEqual([422, errorEnvelope('idempotency_key_reused')]);
  });

  it('answers 409 idempotency_in_progress while the first request still runs', async () => {
    const token = await api.tokenFor('impatient', { role: 'customer' });
    const me = await request(api.app).get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);
    const body = bodyAt('2026-06-02T13:00:00Z');
    await api.database.db.insert(idempotencyKeys).values({
      scope: `customer:${me.body.id}:POST /bookings`, key: 'book-3', requestHash: requestHashOf(body), expiresAt: new Date('2026-06-02T06:00:00Z'),
    });
    const res = await post(token, 'book-3', body);
    expect([res.status, res.body]).toEqual([409, errorEnvelope('idempotency_in_progress')]);
  });

  it('replays a refusal (409) even after the slot frees up; a new key books it', async () => {
    const token = await api.tokenFor('unlucky', { role: 'customer' });
    const { booking } = await makeBooking(api.database.db, { shopId: shop.id, serviceId: service.id, staffId: stylist.id, startsAt: new Date('2026-06-02T15:00:00Z') });
    const refused = await post(token, 'book-4', bodyAt('2026-06-02T15:00:00Z'));
    expect([refused.status, refused.body]).toEqual([409, errorEnvelope('slot_unavailable')]);
    await api.database.db.delete(bookings).where(eq(bookings.id, booking.id));
    const replayed = await post(token, 'book-4', bodyAt('2026-06-02T15:00:00Z'));
    expect([replayed.status, replayed.body]).toEqual([409, refused.body]);
    expect((await post(token, 'book-5', bodyAt('2026-06-02T15:00:00Z'))).status).toBe(201);
  });

  it('books once when the same key arrives twice at the same moment: 201, and 201 replayed or 409 in progress', async () => {
    const token = await api.tokenFor('double-tap', { role: 'customer' });
    const before = await bookingCount();
    const body = bodyAt('2026-06-03T14:00:00Z');
    const results = await Promise.all([post(token, 'tap', body), post(token, 'tap', body)]);
    const statuses = results.map((res) => res.status).sort();
    expect([[201, 201], [201, 409]]).toContainEqual(statuses);
    const conflict = results.find((res) => res.status === 409);
    if (conflict) expect(conflict.body).toEqual(errorEnvelope('idempotency_in_progress'));
    expect(await bookingCount()).toBe(before + 1);
  });

  it('keeps each caller\'s keys apart: another customer\'s same key books for them', async () => {
    const [ann, bob] = await Promise.all([api.tokenFor('key-ann', { role: 'customer' }), api.tokenFor('key-bob', { role: 'customer' })]);
    const first = await post(ann, 'shared-key', bodyAt('2026-06-03T09:00:00Z'));
    const second = await post(bob, 'shared-key', bodyAt('2026-06-03T10:00:00Z'));
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.id).not.toBe(first.body.id);
  });

  it('refuses an empty or over-long key with 400, booking nothing', async () => {
    const token = await api.tokenFor('bad-key', { role: 'customer' });
    const before = await bookingCount();
    for (const key of ['', 'k'.repeat(256)]) {
      const res = await typed.client.bookings.create({ body: bodyAt('2026-06-03T12:00:00Z'), headers: { 'idempotency-key': key }, extraHeaders: typed.as(token) });
      expect([res.status, res.body]).toEqual([400, errorEnvelope('validation_failed')]);
    }
    expect(await bookingCount()).toBe(before);
  });
});
