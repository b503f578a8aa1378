import request from 'supertest';
import { makeRateLimitedApp } from './_internal/rate-limit-test-app';
import { createMemoryRateLimiter, type RateLimiter } from './index';

const limits = (byCaller: number, byAddress = 100) => ({
  byAddress: createMemoryRateLimiter({ limit: byAddress, windowSeconds: 60 }),
  byCaller: createMemoryRateLimiter({ limit: byCaller, windowSeconds: 60 }),
});
const asUser = (id: string) => ({ Authorization: `Bearer user-${id}` });

const expectRateLimited = (res: request.Response) => {
  expect(res.status).toBe(429);
  expect(res.body).toEqual({
    error: { code: 'rate_limited', message: expect.any(String), details: [], requestId: expect.any(String) },
  });
  expect(res.headers['retry-after']).toMatch(/^[1-9]\d*$/);
  expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60);
  expect(res.headers['ratelimit-remaining']).toBe('0');
};

describe('rate limits at the edge', () => {
  it('reports the budget on every limited response', async () => {
    const res = await request(makeRateLimitedApp(limits(3))).get('/api/v1/me').set(asUser('ann'));
    expect(res.status).toBe(200);
    expect(res.headers['ratelimit-limit']).toBe('3');
    expect(res.headers['ratelimit-remaining']).toBe('2');
    expect(Number(res.headers['ratelimit-reset'])).toBeGreaterThanOrEqual(1);
    expect(Number(res.headers['ratelimit-reset'])).toBeLessThanOrEqual(60);
  });

  it('answers the request after the last allowed one with 429 rate_limited and Retry-After', async () => {
    const app = makeRateLimitedApp(limits(3));
    for (let i = 0; i < 3; i += 1) expect((await request(app).get('/api/v1/me').set(asUser('ann'))).status).toBe(200);
    expectRateLimited(await request(app).get('/api/v1/me').set(asUser('ann')));
  });

  it('never limits health, readiness, the OpenAPI document or the docs', async () => {
    const app = makeRateLimitedApp(limits(1, 1));
    await request(app).get('/api/v1/open');
    expectRateLimited(await request(app).get('/api/v1/open'));
    for (const path of ['/healthz', '/readyz', '/api/v1/openapi.json', '/docs/']) {
      const res = await request(app).get(path);
      expect(res.status).toBe(200);
      expect(res.headers['ratelimit-limit']).toBeUndefined();
    }
  });

  it('gives each signed-in user a budget of their own, even behind one address', async () => {
    const app = makeRateLimitedApp(limits(2));
    await request(app).get('/api/v1/me').set(asUser('ann'));
    await request(app).get('/api/v1/me').set(asUser('ann'));
    expectRateLimited(await request(app).get('/api/v1/me').set(asUser('ann')));
    const bob = await request(app).get('/api/v1/me').set(asUser('bob'));
    expect(bob.status).toBe(200);
    expect(bob.headers['ratelimit-remaining']).toBe('1');
  });

  it('limits anonymous callers by client address, as the trusted proxy reports it', async () => {
    const app = makeRateLimitedApp(limits(2), { trustProxy: 1 });
    const from = (ip: string) => request(app).get('/api/v1/open').set('X-Forwarded-For', ip);
    await from('203.0.113.7');
    await from('203.0.113.7');
    expectRateLimited(await from('203.0.113.7'));
    expect((await from('203.0.113.8')).status).toBe(200);
  });

  it('ignores X-Forwarded-For when no proxy is trusted, so a caller cannot forge a fresh address', async () => {
    const app = makeRateLimitedApp(limits(2));
    await request(app).get('/api/v1/open').set('X-Forwarded-For', '198.51.100.1');
    await request(app).get('/api/v1/open').set('X-Forwarded-For', '198.51.100.2');
    expectRateLimited(await request(app).get('/api/v1/open').set('X-Forwarded-For', '198.51.100.3'));
  });

  it('counts refused and unknown requests against the address before any token is checked', async () => {
    const app = makeRateLimitedApp(limits(100, 3));
    expect((await request(app).get('/api/v1/me').set('Authorization', 'Bearer forged')).status).toBe(401);
    expect((await request(app).get('/api/v1/nope')).status).toBe(404);
    const last = await request(app).get('/api/v1/me').set(asUser('ann'));
    expect(last.status).toBe(200);
    // The address budget (3, now spent) is tighter than ann's (100), so it is the one reported.
    expect([last.headers['ratelimit-limit'], last.headers['ratelimit-remaining']]).toEqual(['3', '0']);
    expectRateLimited(await request(app).get('/api/v1/me').set(asUser('bob')));
  });

  it('lets requests through when the limiter itself fails', async () => {
    const broken: RateLimiter = { consume: async () => Promise.reject(new Error('store down')) };
    const res = await request(makeRateLimitedApp({ byAddress: broken, byCaller: broken })).get('/api/v1/me').set(asUser('ann'));
    expect(res.status).toBe(200);
  });
});
