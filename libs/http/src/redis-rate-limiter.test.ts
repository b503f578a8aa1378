import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { freePort } from '@salon/ports/testing';
import pino from 'pino';
import request from 'supertest';
import { makeRateLimitedApp } from './_internal/rate-limit-test-app';
import { connectRedis, createRedisRateLimiter, type RedisConnection } from './index';

const silent = pino({ level: 'silent' });
const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) console.warn('redis-rate-limiter.test.ts: shared-budget tests SKIPPED (needs REDIS_URL)');

/** Two "instances" of one API: each its own Redis client, as two processes would have. */
function limitsOver(redis: RedisConnection, prefix: string, byCaller: number) {
  const budget = (name: string, limit: number) => ({ limit, windowSeconds: 60, keyPrefix: `${prefix}:${name}`, client: redis.client });
  return {
    byAddress: createRedisRateLimiter(budget('address', 100)),
    byCaller: createRedisRateLimiter(budget('caller', byCaller)),
  };
}

async function whenReady(redis: RedisConnection) {
  if (redis.client.status !== 'ready') await once(redis.client, 'ready');
}

(REDIS_URL ? describe : describe.skip)('rate limits in Redis', () => {
  // One prefix per run, so parallel runs and earlier runs never share a budget.
  const prefix = `rl-test:${randomUUID()}`;
  let first: RedisConnection;
  let second: RedisConnection;

  beforeAll(async () => {
    first = connectRedis({ url: REDIS_URL!, logger: silent });
    second = connectRedis({ url: REDIS_URL!, logger: silent });
    await Promise.all([whenReady(first), whenReady(second)]);
  });

  afterAll(async () => {
    const keys = await first.client.keys(`${prefix}:*`);
    if (keys.length > 0) await first.client.del(...keys);
    await Promise.all([first.close(), second.close()]);
  });

  it('makes two instances spend from one budget', async () => {
    const appA = makeRateLimitedApp(limitsOver(first, prefix, 4));
    const appB = makeRateLimitedApp(limitsOver(second, prefix, 4));
    const me = (app: typeof appA) => request(app).get('/api/v1/me').set('Authorization', 'Bearer user-ann');
    const remaining = [];
    for (const app of [appA, appB, appA, appB]) {
      const res = await me(app);
      expect(res.status).toBe(200);
      remaining.push(res.headers['ratelimit-remaining']);
    }
    expect(remaining).toEqual(['3', '2', '1', '0']);
    const refused = await me(appB);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect((await request(appA).get('/api/v1/me').set('Authorization', 'Bearer user-bob')).status).toBe(200);
  });

  it('keeps the keys under the prefix and lets them expire with the window', async () => {
    const keys = await first.client.keys(`${prefix}:*`);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(await first.client.ttl(key)).toBeGreaterThan(0);
  });
});

describe('rate limits when Redis is unreachable', () => {
  it('fails open to a per-process budget and logs a warning', async () => {
    // A port nothing listens on: bound, then released.
    const port = await freePort();
    const lines: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => lines.push(line) });
    const redis = connectRedis({ url: `redis://127.0.0.1:${port}`, logger });
    try {
      const app = makeRateLimitedApp(limitsOver(redis, 'rl-test:down', 2));
      const me = () => request(app).get('/api/v1/me').set('Authorization', 'Bearer user-ann');
      expect((await me()).status).toBe(200);
      expect((await me()).status).toBe(200);
      // The memory insurance still enforces the limit in this process.
      expect((await me()).status).toBe(429);
      await waitFor(() => lines.some((line) => line.includes('Redis unreachable')));
      expect(lines.filter((line) => line.includes('Redis unreachable'))).toHaveLength(1);
    } finally {
      await redis.close();
    }
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
