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

  it('creates the owner profile just in time for a token whose role claim says owner', async () => {
    const res = await request(api.app)
      .get('/api/v1/auth/me')
      .set('Authorization', `Bearer ${await api.tokenFor('fresh_owner', { role: 'owner' })}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ roles: ['owner'], owner: { id: expect.any(String) }, customer: null });
  });
});
