import { createTestApi, errorEnvelope, runAuthRouteTests, runHostileInputTests, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createCustomerApp } from '../app';

describe('customer-api: auth and the HTTP edge', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(createCustomerApp);
  });
  afterAll(() => api.close());

  runAuthRouteTests(() => api);
  runHostileInputTests(() => api);

  it('refuses to create an owner profile: 403 forbidden, pointing at owner-api, and nothing changes', async () => {
    const auth = `Bearer ${await api.tokenFor('would_be_owner', { role: 'customer' })}`;
    const res = await request(api.app).post('/api/v1/auth/register').set('Authorization', auth)
      .send({ role: 'owner', businessName: 'Sneaky Salon', displayName: 'Sneaky' });
    expect(res.status).toBe(403);
    expect(res.body).toEqual(errorEnvelope('forbidden'));
    expect(res.body.error.message).toContain('owner-api');
    const me = await request(api.app).get('/api/v1/auth/me').set('Authorization', auth);
    expect(me.body).toMatchObject({ roles: ['customer'], owner: null, displayName: 'would_be_owner' });
  });
});
