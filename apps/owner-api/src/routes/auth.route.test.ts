import { createTestApi, runAuthRouteTests, runHostileInputTests, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createOwnerApp } from '../app';

describe('owner-api: auth and the HTTP edge', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(createOwnerApp);
  });
  afterAll(() => api.close());

  runAuthRouteTests(() => api);
  runHostileInputTests(() => api);

  it('registers an owner profile once, for a customer too, and never overwrites its business name', async () => {
    const auth = `Bearer ${await api.tokenFor('becoming_owner', { role: 'customer' })}`;
    const register = (body: object) => request(api.app).post('/api/v1/auth/register').set('Authorization', auth).send(body);
    const first = await register({ role: 'owner', businessName: 'Rita Cuts', phone: '+44 20 7946 0003' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ roles: ['customer', 'owner'], owner: { businessName: 'Rita Cuts', phone: '+44 20 7946 0003' } });
    const again = await register({ role: 'owner', businessName: 'Another Name', phone: '+1 212 555 0100' });
    expect(again.body).toEqual(first.body);
  });

  it('creates the owner profile just in time for a token whose role claim says owner', async () => {
    const res = await request(api.app)
      .get('/api/v1/auth/me')
      .set('Authorization', `Bearer ${await api.tokenFor('fresh_owner', { role: 'owner' })}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ roles: ['owner'], owner: { id: expect.any(String) }, customer: null });
  });
});
