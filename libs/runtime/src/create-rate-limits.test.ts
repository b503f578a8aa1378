import { connectRedis } from '@salon/http';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import pino from 'pino';
import { createRateLimits } from './create-rate-limits';

const logger = pino({ level: 'silent' });
const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) console.warn('create-rate-limits.test.ts: Redis test SKIPPED (needs REDIS_URL)');

describe('createRateLimits', () => {
  it('keeps the configured budgets in this process when REDIS_URL is unset', async () => {
    const built = createRateLimits({ name: 'owner-api', config: { RATE_LIMIT_PER_MINUTE: 300, RATE_LIMIT_PER_IP_PER_MINUTE: 1200 }, logger });
    expect(await built.limits.byCaller.consume('user:a')).toMatchObject({ allowed: true, limit: 300, remaining: 299 });
    expect(await built.limits.byAddress.consume('203.0.113.7')).toMatchObject({ allowed: true, limit: 1200, remaining: 1199 });
    await built.close();
  });

  (REDIS_URL ? it : it.skip)('shares one Redis but never a budget between two APIs', async () => {
    const run = `test-${randomUUID()}`;
    const config = { REDIS_URL, RATE_LIMIT_PER_MINUTE: 1, RATE_LIMIT_PER_IP_PER_MINUTE: 10 };
    const owner = createRateLimits({ name: `${run}-owner`, config, logger });
    const customer = createRateLimits({ name: `${run}-customer`, config, logger });
    const admin = connectRedis({ url: REDIS_URL!, logger });
    try {
      await once(admin.client, 'ready');
      // Until its client is connected a limiter counts in memory; wait until a probe lands in Redis.
      await until(async () => {
        await Promise.all([owner, customer].map((api) => api.limits.byCaller.consume('user:probe')));
        const landed = await admin.client.exists(`rl:${run}-owner:caller:user:probe`, `rl:${run}-customer:caller:user:probe`);
        return landed === 2;
      });
      expect((await owner.limits.byCaller.consume('user:a')).allowed).toBe(true);
      expect((await owner.limits.byCaller.consume('user:a')).allowed).toBe(false);
      expect((await customer.limits.byCaller.consume('user:a')).allowed).toBe(true);
    } finally {
      const keys = await admin.client.keys(`rl:${run}-*`);
      if (keys.length > 0) await admin.client.del(...keys);
      await Promise.all([owner.close(), customer.close(), admin.close()]);
    }
  });
});

async function until(condition: () => Promise<boolean>, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for Redis');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
