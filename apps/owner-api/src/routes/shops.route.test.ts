import { ownerContract } from '@salon/contracts-owner';
import { liftPlanLimits } from '@salon/billing/testing';
import { makeShop } from '@salon/db/testing';
import { createTestApi, errorEnvelope, runRouteSecurityTests, startTypedClient, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createOwnerApp } from '../app';

describe('owner-api: shops', () => {
  let api: TestApi;
  let typed: Awaited<ReturnType<typeof startTypedClient<typeof ownerContract>>>;
  let owner: Record<string, string>;
  let theirShopId: string;

  beforeAll(async () => {
    api = await createTestApi(createOwnerApp);
    await liftPlanLimits(api.database.db); // not about plans: every plan unlimited here (billing tests cover limits)
    typed = await startTypedClient(api, ownerContract);
    owner = typed.as(await api.tokenFor('olga', { role: 'owner' }));
    theirShopId = (await makeShop(api.database.db)).id;
  });
  afterAll(async () => {
    await typed.close();
    await api.close();
  });

  const create = (body: Record<string, unknown> = {}) =>
    typed.client.shops.create({ body: { name: 'Olga Cuts', timeZone: 'Europe/London', currency: 'GBP', ...body } as never, extraHeaders: owner });

  it('opens a shop with every field and shows the owner everything, with an absolute feed URL', async () => {
    const body = {
      name: 'Olga Cuts', description: 'Cuts and colour', timeZone: 'Europe/Berlin', currency: 'EUR', addressLine: '1 Main St',
      city: 'Berlin', postalCode: '10115', countryCode: 'DE', latitude: 52.53, longitude: 13.38, phone: '+49 30 1234567',
      email: 'hi@olga.example', website: 'https://olga.example', slotIntervalMinutes: 30, minNoticeMinutes: 120, maxAdvanceDays: 90,
      cancellationNoticeMinutes: 720, isActive: false,
    };
    const res = await typed.client.shops.create({ body, extraHeaders: owner });
    expect(res.status).toBe(201);
    if (res.status !== 201) return;
    expect(res.body).toMatchObject(body);
    expect(res.body.calendarFeedUrl).toMatch(new RegExp(`^${typed.baseUrl}/api/v1/shops/${res.body.id}/calendar\\.ics\\?token=[0-9a-f]{64}$`));
    const again = await typed.client.shops.get({ params: { id: res.body.id }, extraHeaders: owner });
    expect(again).toMatchObject({ status: 200, body: res.body });
  });

  it('takes the table defaults for the booking policy', async () => {
    const res = await create();
    expect(res).toMatchObject({
      status: 201,
      body: { slotIntervalMinutes: 15, minNoticeMinutes: 60, maxAdvanceDays: 60, cancellationNoticeMinutes: 1440, isActive: true, latitude: null },
    });
  });

  it('updates only the given fields; null clears a nullable one', async () => {
    const made = await create({ description: 'Old', city: 'London', latitude: 51.5, longitude: -0.12 });
    if (made.status !== 201) throw new Error('setup');
    const res = await typed.client.shops.update({ params: { id: made.body.id }, body: { name: 'Renamed', description: null, latitude: 51.6 }, extraHeaders: owner });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ...made.body, name: 'Renamed', description: null, latitude: 51.6, updatedAt: expect.any(String) });
    const cleared = await typed.client.shops.update({ params: { id: made.body.id }, body: { latitude: null, longitude: null }, extraHeaders: owner });
    expect(cleared).toMatchObject({ status: 200, body: { latitude: null, longitude: null, city: 'London' } });
  });

  it.each([
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 'body.timeZone'],
    ['a time zone in the wrong case (public pages would show it as sent)', { timeZone: 'europe/london' }, 'body.timeZone'],
    ['latitude without longitude', { latitude: 10 }, 'body.longitude'],
    ['longitude without latitude', { longitude: 10 }, 'body.latitude'],
    ['latitude out of range', { latitude: 91, longitude: 0 }, 'body.latitude'],
    ['longitude out of range', { latitude: 0, longitude: -181 }, 'body.longitude'],
    ['a lower-case country', { countryCode: 'gb' }, 'body.countryCode'],
    ['a currency that is not ISO 4217', { currency: 'pounds' }, 'body.currency'],
    ['a slot interval of 3 minutes', { slotIntervalMinutes: 3 }, 'body.slotIntervalMinutes'],
    ['a fractional notice', { minNoticeMinutes: 1.5 }, 'body.minNoticeMinutes'],
    ['a zero booking horizon', { maxAdvanceDays: 0 }, 'body.maxAdvanceDays'],
    ['a NUL byte in the name', { name: 'Olga\u0000' }, 'body.name'],
    ['an oversized description', { description: 'x'.repeat(2001) }, 'body.description'],
    ['an unknown field', { ownerId: '00000000-0000-4000-8000-000000000000' }, 'body'],
    ['a wrong type', { isActive: 'yes' }, 'body.isActive'],
    ['a javascript: website', { website: 'javascript:alert(1)' }, 'body.website'],
  ])('refuses %s with 400 naming the field', async (_name, body, path) => {
    const res = await create(body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual(errorEnvelope('validation_failed'));
    expect((res.body as { error: { details: { path: string }[] } }).error.details.map((d) => d.path)).toContain(path);
  });

  it('refuses latitude alone on a shop without coordinates, and accepts it when the shop has both', async () => {
    const bare = await create();
    if (bare.status !== 201) throw new Error('setup');
    const res = await typed.client.shops.update({ params: { id: bare.body.id }, body: { latitude: 1 }, extraHeaders: owner });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('body.longitude');
    const placed = await create({ latitude: 1, longitude: 2 });
    if (placed.status !== 201) throw new Error('setup');
    expect(await typed.client.shops.update({ params: { id: placed.body.id }, body: { latitude: 3 }, extraHeaders: owner })).toMatchObject({
      status: 200,
      body: { latitude: 3, longitude: 2 },
    });
  });

  it.each([
    ['a bad UUID in the path', () => request(api.app).get('/api/v1/shops/not-a-uuid')],
    ['malformed JSON', () => request(api.app).put(`/api/v1/shops/${theirShopId}`).set('Content-Type', 'application/json').send('{"name":')],
    ['a JSON array body', () => request(api.app).post('/api/v1/shops').send([1])],
  ])('answers %s with 400 in the error shape', async (_name, build) => {
    const res = await build().set(owner);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: expect.stringMatching(/^(validation_failed|malformed_json)$/) });
  });

  runRouteSecurityTests(() => api, {
    role: 'owner',
    routes: () => ({
      create: { method: 'post', path: '/api/v1/shops', body: { name: 'X', timeZone: 'UTC', currency: 'GBP' }, isTenantScoped: false },
      listMine: { method: 'get', path: '/api/v1/shops/my-shops', isTenantScoped: false },
      get: { method: 'get', path: `/api/v1/shops/${theirShopId}` },
      update: { method: 'put', path: `/api/v1/shops/${theirShopId}`, body: { name: 'Mine now' } },
      remove: { method: 'delete', path: `/api/v1/shops/${theirShopId}` },
    }),
  });
});
