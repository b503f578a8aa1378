import { createTestApi, runCorsTests, type TestApi } from '@salon/runtime/testing';
import { createCustomerApp } from '../app';

describe('customer-api: CORS for the browser', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(createCustomerApp, { corsOrigins: ['http://localhost:3000', 'https://portal.example.com'] });
  });
  afterAll(() => api.close());

  runCorsTests(() => api, { allowedOrigin: 'https://portal.example.com', protectedPath: '/api/v1/auth/me' });
});
