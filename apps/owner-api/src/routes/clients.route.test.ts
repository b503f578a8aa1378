import { ownerContract } from '@salon/contracts-owner';
import { createTestApi, errorEnvelope, runRouteSecurityTests, startTypedClient, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createOwnerApp } from '../app';

describe('owner-api: the owner profile (/clients)', () => {
  let api: TestApi;
  let typed: Awaited<ReturnType<typeof startTypedClient<typeof ownerContract>>>;

  beforeAll(async () => {
    api = await createTestApi(createOwnerApp);
    typed = await startTypedClient(api, ownerContract);
  });
  afterAll(async () => {
    await typed.close();
    await api.close();
  });

  it('makes a signed-in user (here a customer) an owner once: 201, then 409 conflict', async () => {
    const headers = typed.as(await api.tokenFor('cora', { role: 'customer' }));
    expect((await typed.client.clients.me({ extraHeaders: headers })).status).toBe(403);
    const res = await typed.client.clients.create({ body: { businessName: 'Cora Cuts', phone: '+44 20 7946 0001' }, extraHeaders: headers });
    expect(res).toMatchObject({ status: 201, body: { businessName: 'Cora Cuts', phone: '+44 20 7946 0001', id: expect.any(String) } });
    const again = await typed.client.clients.create({ body: { businessName: 'Cora Two' }, extraHeaders: headers });
    expect(again.status).toBe(409);
    expect(again.body).toEqual(errorEnvelope('conflict'));
    const me = await typed.client.clients.me({ extraHeaders: headers });
    expect(me).toMatchObject({ status: 200, body: { businessName: 'Cora Cuts' } });
    const roles = await typed.client.auth.me({ extraHeaders: headers });
    expect(roles).toMatchObject({ status: 200, body: { roles: ['customer', 'owner'] } });
  });

  it('updates only the given fields; null clears the phone', async () => {
    const headers = typed.as(await api.tokenFor('otto', { role: 'owner' }));
    const before = await typed.client.clients.me({ extraHeaders: headers });
    if (before.status !== 200) throw new Error('setup');
    await typed.client.clients.update({ body: { phone: '+1 212 555 0100' }, extraHeaders: headers });
    const res = await typed.client.clients.update({ body: { businessName: 'Otto & Co' }, extraHeaders: headers });
    expect(res).toMatchObject({ status: 200, body: { id: before.body.id, businessName: 'Otto & Co', phone: '+1 212 555 0100' } });
    expect(await typed.client.clients.update({ body: { phone: null }, extraHeaders: headers })).toMatchObject({ status: 200, body: { phone: null } });
  });

  it('refuses POST /clients without a token: 401', async () => {
    const res = await request(api.app).post('/api/v1/clients').send({ businessName: 'Nobody' });
    expect(res.status).toBe(401);
    expect(res.body).toEqual(errorEnvelope('unauthenticated'));
  });

  it.each([
    ['a missing business name', {}, 'body.businessName'],
    ['an empty business name', { businessName: '   ' }, 'body.businessName'],
    ['a NUL byte', { businessName: 'A\u0000B' }, 'body.businessName'],
    ['an oversized name', { businessName: 'x'.repeat(121) }, 'body.businessName'],
    ['a bad phone', { businessName: 'A', phone: 'call me' }, 'body.phone'],
    ['an unknown field', { businessName: 'A', plan: 'pro' }, 'body'],
  ])('refuses %s with 400 naming the field', async (_name, body, path) => {
    const headers = typed.as(await api.tokenFor('newbie'));
    const res = await typed.client.clients.create({ body: body as never, extraHeaders: headers });
    expect(res.status).toBe(400);
    expect(res.body).toEqual(errorEnvelope('validation_failed'));
    expect((res.body as { error: { details: { path: string }[] } }).error.details.map((d) => d.path)).toContain(path);
  });

  it('answers malformed JSON on PUT /clients/me with 400', async () => {
    const res = await request(api.app)
      .put('/api/v1/clients/me')
      .set(typed.as(await api.tokenFor('otto', { role: 'owner' })))
      .set('Content-Type', 'application/json')
      .send('{"businessName":');
    expect(res.status).toBe(400);
    expect(res.body).toEqual(errorEnvelope('malformed_json'));
  });

  it('documents every profile, shop, service and staff route in the OpenAPI document and /docs', async () => {
    const doc = await request(api.app).get('/api/v1/openapi.json');
    const paths = doc.body.paths as Record<string, Record<string, unknown>>;
    const routes = Object.entries(paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`));
    expect(routes).toEqual(expect.arrayContaining([
      'post /api/v1/clients', 'get /api/v1/clients/me', 'put /api/v1/clients/me',
      'post /api/v1/shops', 'get /api/v1/shops/my-shops', 'get /api/v1/shops/{id}', 'put /api/v1/shops/{id}', 'delete /api/v1/shops/{id}',
      'post /api/v1/services', 'get /api/v1/services/{id}', 'put /api/v1/services/{id}', 'delete /api/v1/services/{id}',
      'get /api/v1/services/shop/{shopId}', 'post /api/v1/shops/{shopId}/staff', 'get /api/v1/shops/{shopId}/staff',
      'get /api/v1/staff/{id}', 'put /api/v1/staff/{id}', 'delete /api/v1/staff/{id}', 'put /api/v1/staff/{id}/services',
    ]));
    expect((await request(api.app).get('/docs/')).status).toBe(200);
  });

  // POST /clients is for any signed-in user (that is how one becomes an owner), so it is not in the
  // owner-only suite; its 401 is above. /clients/me names no other tenant: no 404 case.
  runRouteSecurityTests(() => api, {
    role: 'owner',
    routes: () => ({
      me: { method: 'get', path: '/api/v1/clients/me', isTenantScoped: false },
      update: { method: 'put', path: '/api/v1/clients/me', body: { businessName: 'X' }, isTenantScoped: false },
    }),
  });
});
