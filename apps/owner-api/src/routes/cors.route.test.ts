import { createTestApi, runCorsTests, type TestApi } from '@salon/runtime/testing';
import { createOwnerApp } from '../app';

describe('owner-api: CORS for the browser', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(createOwnerApp, { corsOrigins: ['http://localhost:3000', 'https://portal.example.com'] });
  });
  afterAll(() => api.close());

  runCorsTests(() => api, { allowedOrigin: 'https://portal.example.com', protectedPath: '/api/v1/auth/me' });
});
