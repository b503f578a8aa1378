import { ownerContract } from '@salon/contracts-owner';
import { makeBooking, makeService, makeShop } from '@salon/db/testing';
import { createTestApi, errorEnvelope, runRouteSecurityTests, startTypedClient, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createOwnerApp } from '../app';

describe('owner-api: services', () => {
  let api: TestApi;
  let typed: Awaited<ReturnType<typeof startTypedClient<typeof ownerContract>>>;
  let owner: Record<string, string>;
  let shopId: string;
  let theirs: { shopId: string; serviceId: string };

  beforeAll(async () => {
    api = await createTestApi(createOwnerApp);
    typed = await startTypedClient(api, ownerContract);
    owner = typed.as(await api.tokenFor('sia', { role: 'owner' }));
    const shop = await typed.client.shops.create({ body: { name: 'Sia', timeZone: 'America/New_York', currency: 'USD' }, extraHeaders: owner });
    if (shop.status !== 201) throw new Error('setup');
    shopId = shop.body.id;
    const theirShop = await makeShop(api.database.db);
    theirs = { shopId: theirShop.id, serviceId: (await makeService(api.database.db, { shopId: theirShop.id })).id };
  });
  afterAll(async () => {
    await typed.close();
    await api.close();
  });

  const create = (body: Record<string, unknown> = {}) =>
    typed.client.services.create({ body: { shopId, name: 'Cut', priceMinor: 4500, durationMinutes: 45, ...body } as never, extraHeaders: owner });

  it('adds a service priced in the shop\'s currency, with defaults for what is left out', async () => {
    const res = await create({ category: 'Hair', bufferAfterMinutes: 10 });
    expect(res).toMatchObject({
      status: 201,
      body: { shopId, name: 'Cut', priceMinor: 4500, currency: 'USD', durationMinutes: 45, bufferBeforeMinutes: 0, bufferAfterMinutes: 10, category: 'Hair', description: null, isActive: true },
    });
  });

  it('updates only the given fields and lists inactive services too, never deleted ones', async () => {
    const made = await create({ name: 'Colour', description: 'Full head' });
    if (made.status !== 201) throw new Error('setup');
    const updated = await typed.client.services.update({ params: { id: made.body.id }, body: { priceMinor: 9900, description: null, isActive: false }, extraHeaders: owner });
    expect(updated).toMatchObject({ status: 200, body: { name: 'Colour', priceMinor: 9900, description: null, isActive: false, durationMinutes: 45 } });
    const gone = await create({ name: 'Gone' });
    if (gone.status !== 201) throw new Error('setup');
    expect((await typed.client.services.remove({ params: { id: gone.body.id }, extraHeaders: owner })).status).toBe(204);
    const list = await typed.client.services.listByShop({ params: { shopId }, extraHeaders: owner });
    if (list.status !== 200) throw new Error(`status ${list.status}`);
    const names = list.body.items.map((service) => service.name);
    expect(names).toContain('Colour');
    expect(names).not.toContain('Gone');
    expect((await typed.client.services.get({ params: { id: gone.body.id }, extraHeaders: owner })).status).toBe(404);
  });

  it('deactivates (200, isActive false) rather than deletes a service that has bookings, even cancelled ones', async () => {
    const made = await create({ name: 'Booked' });
    if (made.status !== 201) throw new Error('setup');
    await makeBooking(api.database.db, { shopId, serviceId: made.body.id, status: 'cancelled' });
    const res = await typed.client.services.remove({ params: { id: made.body.id }, extraHeaders: owner });
    expect(res).toMatchObject({ status: 200, body: { id: made.body.id, isActive: false } });
    expect(await typed.client.services.get({ params: { id: made.body.id }, extraHeaders: owner })).toMatchObject({ status: 200, body: { isActive: false } });
  });

  it.each([
    ['a negative price', { priceMinor: -1 }, 'body.priceMinor'],
    ['a fractional price', { priceMinor: 10.5 }, 'body.priceMinor'],
    ['an absurd price', { priceMinor: 1e12 }, 'body.priceMinor'],
    ['a zero duration', { durationMinutes: 0 }, 'body.durationMinutes'],
    ['a 13-hour duration', { durationMinutes: 721 }, 'body.durationMinutes'],
    ['a negative buffer', { bufferBeforeMinutes: -5 }, 'body.bufferBeforeMinutes'],
    ['a NUL byte in the name', { name: 'Cut\u0000' }, 'body.name'],
    ['an oversized name', { name: 'x'.repeat(121) }, 'body.name'],
    ['a bad shop id', { shopId: 'shop-1' }, 'body.shopId'],
    ['a currency (the shop\'s is used)', { currency: 'EUR' }, 'body'],
    ['a string price', { priceMinor: '4500' }, 'body.priceMinor'],
  ])('refuses %s with 400 naming the field', async (_name, body, path) => {
    const res = await create(body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual(errorEnvelope('validation_failed'));
    expect((res.body as { error: { details: { path: string }[] } }).error.details.map((d) => d.path)).toContain(path);
  });

  it('answers a service for another owner\'s shop with 404, and creates nothing there', async () => {
    const res = await create({ shopId: theirs.shopId });
    expect(res.status).toBe(404);
    expect(res.body).toEqual(errorEnvelope('not_found'));
  });

  it.each([
    ['a bad UUID in the path', () => request(api.app).get('/api/v1/services/123')],
    ['a bad shop UUID in the path', () => request(api.app).get('/api/v1/services/shop/123')],
    ['malformed JSON', () => request(api.app).post('/api/v1/services').set('Content-Type', 'application/json').send('{')],
    // The list is not paged: a limit must not be silently ignored (all items) as if it had applied.
    ['a limit on the unpaged list', () => request(api.app).get(`/api/v1/services/shop/${shopId}?limit=5`)],
    ['an unknown query parameter on the list', () => request(api.app).get(`/api/v1/services/shop/${shopId}?active=true`)],
  ])('answers %s with 400 in the error shape', async (_name, build) => {
    const res = await build().set(owner);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: expect.stringMatching(/^(validation_failed|malformed_json)$/) });
  });

  runRouteSecurityTests(() => api, {
    role: 'owner',
    routes: () => ({
      create: { method: 'post', path: '/api/v1/services', body: { shopId: theirs.shopId, name: 'X', priceMinor: 1, durationMinutes: 10 } },
      listByShop: { method: 'get', path: `/api/v1/services/shop/${theirs.shopId}` },
      get: { method: 'get', path: `/api/v1/services/${theirs.serviceId}` },
      update: { method: 'put', path: `/api/v1/services/${theirs.serviceId}`, body: { priceMinor: 1 } },
      remove: { method: 'delete', path: `/api/v1/services/${theirs.serviceId}` },
    }),
  });
});
