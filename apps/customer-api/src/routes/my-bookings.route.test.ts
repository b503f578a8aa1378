import { changeBookingStatus } from '@salon/booking';
import { customerContract } from '@salon/contracts-customer';
import { bookingStatusHistory, type Service, type Shop, type Staff } from '@salon/db';
import { makeBooking, makeOwner, makeService, makeShop, makeStaff, makeWeeklyHours } from '@salon/db/testing';
import { createTestApi, errorEnvelope, runNulByteTests, runRouteSecurityTests, startTypedClient, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createCustomerApp } from '../app';

// Reading your own bookings: detail with history, lists, and what a hostile caller gets.
const NOW = new Date('2026-06-01T06:00:00Z');
let api: TestApi;
let typed: Awaited<ReturnType<typeof startTypedClient<typeof customerContract>>>;
let shop: Shop;
let service: Service;
let stylist: Staff;
let ownerUserId: string;
let annToken: string;
let annBookingId: string;
const as = (token: string) => typed.as(token);

beforeAll(async () => {
  api = await createTestApi(createCustomerApp, { now: () => NOW });
  typed = await startTypedClient(api, customerContract);
  const { db } = api.database;
  const owner = await makeOwner(db);
  ownerUserId = owner.userId;
  shop = await makeShop(db, { ownerId: owner.id, requiresApproval: true, timeZone: 'Europe/London', name: 'Clip Joint' });
  service = await makeService(db, { shopId: shop.id, durationMinutes: 60 });
  stylist = await makeStaff(db, { shopId: shop.id, serviceIds: [service.id], displayName: 'Maya Lopez' });
  await makeWeeklyHours(db, { shopId: shop.id, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU', startLocal: '09:00', endLocal: '17:00' });
  annToken = await api.tokenFor('ann', { role: 'customer' });
  const res = await typed.client.bookings.create({
    body: { shopId: shop.id, serviceId: service.id, start: '2026-06-03T09:00:00Z', notes: ' Short please ' },
    headers: {},
    extraHeaders: as(annToken),
  });
  if (res.status !== 201) throw new Error(`setup booking: ${res.status} ${JSON.stringify(res.body)}`);
  annBookingId = res.body.id;
}, 120_000);
afterAll(async () => {
  await typed.close();
  await api.close();
});

describe('GET /bookings/{id}', () => {
  it('shows the booking in the shop\'s zone, the stylist\'s first name, and who changed it as a role', async () => {
    const { db } = api.database;
    await changeBookingStatus({
      ctx: { db, now: () => NOW, userId: ownerUserId },
      input: { bookingId: annBookingId, actor: { kind: 'owner', ownerId: shop.ownerId }, to: 'confirmed', reason: 'See you then' },
    });
    await db.insert(bookingStatusHistory).values({ bookingId: annBookingId, fromStatus: 'confirmed', toStatus: 'confirmed', changedByUserId: null, reason: 'Reminder sent', createdAt: new Date('2026-06-01T06:30:00Z') });
    const res = await typed.client.bookings.get({ params: { id: annBookingId }, extraHeaders: as(annToken) });
    expect(res.status).toBe(200);
    if (res.status !== 200) return;
    expect(res.body).toMatchObject({
      shop: { id: shop.id, name: 'Clip Joint', timeZone: 'Europe/London' },
      staff: { id: stylist.id, firstName: 'Maya' },
      status: 'confirmed',
      localStart: '2026-06-03T10:00:00+01:00',
      localDate: '2026-06-03',
      notes: 'Short please',
      cancellableUntil: '2026-06-02T09:00:00.000Z',
    });
    expect(res.body.statusHistory.map((change) => [change.from, change.to, change.by, change.reason])).toEqual([
      [null, 'pending', 'customer', null],
      ['pending', 'confirmed', 'owner', 'See you then'],
      ['confirmed', 'confirmed', 'system', 'Reminder sent'],
    ]);
    expect(JSON.stringify(res.body)).not.toContain(ownerUserId);
  });

  it('answers 404 for another customer\'s booking and for an unknown id', async () => {
    const bob = as(await api.tokenFor('bob', { role: 'customer' }));
    for (const id of [annBookingId, '00000000-0000-4000-8000-000000000000']) {
      const res = await typed.client.bookings.get({ params: { id }, extraHeaders: bob });
      expect([res.status, res.body]).toEqual([404, errorEnvelope('not_found')]);
    }
  });
});

describe('GET /bookings, /bookings/upcoming, /bookings/history', () => {
  let ids: Record<'past' | 'cancelled' | 'later' | 'soon', string>;
  let token: string;

  beforeAll(async () => {
    token = await api.tokenFor('lister', { role: 'customer' });
    const me = await typed.client.customers.me({ extraHeaders: as(token) });
    const customerId = (me.body as { id: string }).id;
    const make = async (startsAt: string, status: 'confirmed' | 'cancelled' | 'completed') =>
      (await makeBooking(api.database.db, { shopId: shop.id, serviceId: service.id, customerId, startsAt: new Date(startsAt), status })).booking.id;
    ids = {
      past: await make('2026-05-20T09:00:00Z', 'completed'),
      cancelled: await make('2026-06-10T09:00:00Z', 'cancelled'),
      later: await make('2026-06-12T09:00:00Z', 'confirmed'),
      soon: await make('2026-06-05T09:00:00Z', 'confirmed'),
    };
  });

  const pages = async (fetch: (cursor?: string) => Promise<{ status: number; body: unknown }>) => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await fetch(cursor);
      if (res.status !== 200) throw new Error(`status ${res.status}`);
      const body = res.body as { items: { id: string }[]; nextCursor: string | null };
      seen.push(...body.items.map((item) => item.id));
      cursor = body.nextCursor ?? undefined;
    } while (cursor);
    return seen;
  };

  it('lists all of mine newest first by default, soonest first on request, one page at a time', async () => {
    const all = (order?: 'newest' | 'soonest') => pages((cursor) => typed.client.bookings.list({ query: { limit: 1, ...(order && { order }), ...(cursor && { cursor }) }, extraHeaders: as(token) }));
    expect(await all()).toEqual([ids.later, ids.cancelled, ids.soon, ids.past]);
    expect(await all('soonest')).toEqual([ids.past, ids.soon, ids.cancelled, ids.later]);
  });

  it('filters by one status or a comma list', async () => {
    const res = await request(api.app).get('/api/v1/bookings?status=cancelled,completed').set('Authorization', `Bearer ${token}`);
    expect([res.status, res.body.items.map((item: { id: string }) => item.id)]).toEqual([200, [ids.cancelled, ids.past]]);
  });

  it('upcoming: active and not yet started, soonest first; history: the rest, newest first', async () => {
    expect(await pages((cursor) => typed.client.bookings.upcoming({ query: { limit: 1, ...(cursor && { cursor }) }, extraHeaders: as(token) }))).toEqual([ids.soon, ids.later]);
    expect(await pages((cursor) => typed.client.bookings.history({ query: { limit: 1, ...(cursor && { cursor }) }, extraHeaders: as(token) }))).toEqual([ids.cancelled, ids.past]);
  });

  it('never lists another customer\'s bookings', async () => {
    const res = await typed.client.bookings.list({ query: {}, extraHeaders: as(token) });
    expect(res.status === 200 && res.body.items.map((item) => item.id)).not.toContain(annBookingId);
  });
});

describe('hostile input on the booking routes', () => {
  const send = (method: 'get' | 'post' | 'put' | 'delete', path: string) => request(api.app)[method](`/api/v1${path}`).set('Authorization', `Bearer ${annToken}`);

  it.each([
    ['malformed JSON on POST', () => send('post', '/bookings').set('Content-Type', 'application/json').send('{"shopId":'), 400, 'malformed_json'],
    ['malformed JSON on PUT', () => send('put', `/bookings/${annBookingId}`).set('Content-Type', 'application/json').send('{'), 400, 'malformed_json'],
    ['a non-JSON body', () => send('post', '/bookings').set('Content-Type', 'text/plain').send('shopId=1'), 415, 'unsupported_media_type'],
    ['wrong types', () => send('post', '/bookings').send({ shopId: 1, serviceId: [], start: true }), 400, 'validation_failed'],
    ['an unknown field', () => send('post', '/bookings').send({ shopId: shop.id, serviceId: service.id, start: '2026-06-03T11:00:00Z', priceMinor: 0 }), 400, 'validation_failed'],
    ['a start that is not an instant', () => send('post', '/bookings').send({ shopId: shop.id, serviceId: service.id, start: '2026-06-03 11:00' }), 400, 'validation_failed'],
    ['a bad shop uuid', () => send('post', '/bookings').send({ shopId: 'shop-1', serviceId: service.id, start: '2026-06-03T11:00:00Z' }), 400, 'validation_failed'],
    ['a bad path uuid (GET)', () => send('get', '/bookings/not-a-uuid'), 400, 'validation_failed'],
    ['a bad path uuid (PUT)', () => send('put', '/bookings/1').send({ notes: 'x' }), 400, 'validation_failed'],
    ['a bad path uuid (cancel)', () => send('delete', '/bookings/%00/cancel'), 400, 'validation_failed'],
    ['an empty PUT', () => send('put', `/bookings/${annBookingId}`).send({}), 400, 'validation_failed'],
    ['an unknown field on cancel', () => send('delete', `/bookings/${annBookingId}/cancel`).send({ refund: true }), 400, 'validation_failed'],
    ['an unknown status filter', () => send('get', '/bookings?status=paid'), 400, 'validation_failed'],
    ['a forged cursor', () => send('get', '/bookings?cursor=bm9wZQ'), 400, 'validation_failed'],
    ['a forged cursor on upcoming', () => send('get', '/bookings/upcoming?cursor=WyJ4IiwieSJd'), 400, 'validation_failed'],
    ['a limit over 100', () => send('get', '/bookings/history?limit=101'), 400, 'validation_failed'],
    ['an unknown query field', () => send('get', '/bookings/upcoming?status=pending'), 400, 'validation_failed'],
    ['a 200 kB body', () => send('post', '/bookings').send({ notes: 'x'.repeat(200 * 1024) }), 413, 'payload_too_large'],
  ])('answers %s with its documented 4xx', async (_name, build, status, code) => {
    const res = await build();
    expect([res.status, res.body]).toEqual([status, errorEnvelope(code)]);
  });

  runNulByteTests(() => api, {
    routes: () => ({
      create: { method: 'post', path: '/api/v1/bookings', body: { shopId: shop.id, serviceId: service.id, start: '2026-06-04T09:00:00Z', notes: 'ok' }, token: () => api.tokenFor('nul', { role: 'customer' }) },
      update: { method: 'put', path: `/api/v1/bookings/${annBookingId}`, body: { notes: 'fine' }, token: async () => annToken },
      cancel: { method: 'delete', path: `/api/v1/bookings/${annBookingId}/cancel`, body: { reason: 'why' }, token: async () => annToken },
    }),
  });
});

describe('security', () => {
  runRouteSecurityTests(() => api, {
    role: 'customer',
    routes: () => ({
      create: { method: 'post', path: '/api/v1/bookings', isTenantScoped: false },
      list: { method: 'get', path: '/api/v1/bookings', isTenantScoped: false },
      upcoming: { method: 'get', path: '/api/v1/bookings/upcoming', isTenantScoped: false },
      history: { method: 'get', path: '/api/v1/bookings/history', isTenantScoped: false },
      get: { method: 'get', path: `/api/v1/bookings/${annBookingId}` },
      update: { method: 'put', path: `/api/v1/bookings/${annBookingId}`, body: { notes: 'mine now' } },
      cancel: { method: 'delete', path: `/api/v1/bookings/${annBookingId}/cancel` },
    }),
  });
});
