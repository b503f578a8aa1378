import request from 'supertest';
import { makeRateLimitedApp } from './_internal/rate-limit-test-app';
import { createMemoryRateLimiter } from './index';

const PORTAL = 'http://localhost:3000';
const tight = () => ({
  byAddress: createMemoryRateLimiter({ limit: 1, windowSeconds: 60 }),
  byCaller: createMemoryRateLimiter({ limit: 1, windowSeconds: 60 }),
});
const preflight = (app: ReturnType<typeof makeRateLimitedApp>, origin: string) =>
  request(app)
    .options('/api/v1/me')
    .set('Origin', origin)
    .set('Access-Control-Request-Method', 'GET')
    .set('Access-Control-Request-Headers', 'authorization');

describe('CORS at the edge', () => {
  it('answers an allowed origin\'s preflights with 204, never a 429, even with the budget spent', async () => {
    const app = makeRateLimitedApp(tight(), { corsOrigins: [PORTAL] });
    await request(app).get('/api/v1/open');
    expect((await request(app).get('/api/v1/open')).status).toBe(429);
    for (let i = 0; i < 5; i += 1) {
      const res = await preflight(app, PORTAL);
      expect(res.status).toBe(204);
      expect(res.headers['access-control-allow-origin']).toBe(PORTAL);
    }
  });

  it('sends no CORS header without configured origins', async () => {
    const res = await preflight(makeRateLimitedApp(tight()), PORTAL);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.status).toBe(404);
  });
});
