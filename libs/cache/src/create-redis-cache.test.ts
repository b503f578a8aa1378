import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { createRedisCache, type Cache } from './index';
import { startRedisServer, type TestRedisServer } from './testing';

type Line = { level: 'warn' | 'info'; message: string; details: Record<string, unknown> };

function recordingLogger() {
  const lines: Line[] = [];
  return {
    lines,
    logger: {
      warn: (details: Record<string, unknown>, message: string) => lines.push({ level: 'warn', message, details }),
      info: (details: Record<string, unknown>, message: string) => lines.push({ level: 'info', message, details }),
    },
  };
}

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('createRedisCache (a redis-server of its own)', () => {
  let server: TestRedisServer;
  let cache: Cache;
  let log: ReturnType<typeof recordingLogger>;
  const prefix = `cache-test:${randomUUID()}:`;

  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    await cache?.close();
    await server.stop();
  });

  it('stores JSON values under the prefix with a ttl, and reads them back in order', async () => {
    log = recordingLogger();
    cache = createRedisCache({ url: server.url, logger: log.logger, keyPrefix: prefix });
    await waitFor(() => probeReady(cache));
    await cache.setMany([{ key: 'a', value: { slots: ['09:00'] } }, { key: 'b', value: 0 }], { ttlSeconds: 30 });
    expect(await cache.getMany(['a', 'nope', 'b'])).toEqual([{ slots: ['09:00'] }, undefined, 0]);
    const raw = new Redis(server.url);
    try {
      expect(await raw.get(`${prefix}a`)).toBe('{"slots":["09:00"]}');
      const ttl = await raw.ttl(`${prefix}a`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(30);
      await raw.set(`${prefix}garbage`, '{not json');
      expect(await cache.getMany(['garbage'])).toEqual([undefined]);
    } finally {
      raw.disconnect();
    }
    await cache.delete(['a']);
    expect(await cache.getMany(['a', 'b'])).toEqual([undefined, 0]);
  });

  it('answers misses and drops writes once Redis is gone, logging it once', async () => {
    await server.stop();
    await waitFor(() => log.lines.some((line) => line.level === 'warn'));
    for (let i = 0; i < 20; i += 1) {
      expect(await cache.getMany(['b', 'c'])).toEqual([undefined, undefined]);
      await expect(cache.setMany([{ key: 'c', value: 1 }], { ttlSeconds: 5 })).resolves.toBeUndefined();
      await expect(cache.delete(['b'])).resolves.toBeUndefined();
    }
    expect(log.lines.filter((line) => line.level === 'warn')).toHaveLength(1);
    expect(log.lines[0]!.message).toMatch(/Redis cache unavailable/);
  });
});

/** The client is connected once a set and a get round trip. */
async function probeReady(cache: Cache): Promise<boolean> {
  await cache.setMany([{ key: 'probe', value: 1 }], { ttlSeconds: 5 });
  return (await cache.getMany(['probe']))[0] === 1;
}
