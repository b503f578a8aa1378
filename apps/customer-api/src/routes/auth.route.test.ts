import { createTestApi, runAuthRouteTests, runHostileInputTests, type TestApi } from '@salon/runtime/testing';
import { createCustomerApp } from '../app';

describe('customer-api: auth and the HTTP edge', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(createCustomerApp);
  });
  afterAll(() => api.close());

  runAuthRouteTests(() => api);
  runHostileInputTests(() => api);
});
