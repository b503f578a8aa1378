import { customerContract } from '@salon/contracts-customer';
import { type Service, type Shop } from '@salon/db';
import { makeOwner, makeService, makeShop, makeStaff, makeWeeklyHours } from '@salon/db/testing';
import { createTestApi, errorEnvelope, runNulByteTests, runRouteSecurityTests, startTypedClient, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createCustomerApp } from '../app';

// Every customer booking route against hostile input and the security suite: a clear 4xx, never a 500.
const NOW = new Date('2026-06-01T06:00:00Z');
let api: TestApi;
let typed: Awaited<ReturnType<typeof startTypedClient<typeof customerContract>>>;
let shop: Shop;
let service: Service;
let annToken: string;
let annBookingId: string;
let otherShopStaffId: string;

beforeAll(async () => {
  api = await createTestApi(createCustomerApp, { now: () => NOW });
  typed = await startTypedClient(api, customerContract);
  const { db } = api.database;
  shop = await makeShop(db, { ownerId: (await makeOwner(db)).id, timeZone: 'Europe/London' });
  service = await makeService(db, { shopId: shop.id, durationMinutes: 60 });
  await makeStaff(db, { shopId: shop.id, serviceIds: [service.id] });
  await makeWeeklyHours(db, { shopId: shop.id, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU', startLocal: '09:00', endLocal: '17:00' });
  const otherShop = await makeShop(db, { ownerId: (await makeOwner(db)).id });
  otherShopStaffId = (await makeStaff(db, { shopId: otherShop.id, serviceIds: [(await makeService(db, { shopId: otherShop.id })).id] })).id;
  annToken = await api.tokenFor('ann', { role: 'customer' });
  const res = await typed.client.bookings.create({ body: { shopId: shop.id, serviceId: service.id, start: '2026-06-03T09:00:00Z' }, headers: {}, extraHeaders: typed.as(annToken) });
  if (res.status !== 201) throw new Error(`setup booking: ${res.status}`);
  annBookingId = res.body.id;
}, 120_000);
afterAll(async () => {
  await typed.close();
  await api.close();
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
    ['a staff id that is no stylist of the shop', () => send('post', '/bookings').send({ shopId: shop.id, serviceId: service.id, start: '2026-06-03T11:00:00Z', staffId: '00000000-0000-4000-8000-000000000000' }), 404, 'not_found'],
    ["a stylist of another shop", () => send('post', '/bookings').send({ shopId: shop.id, serviceId: service.id, start: '2026-06-03T11:00:00Z', staffId: otherShopStaffId }), 404, 'not_found'],
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
