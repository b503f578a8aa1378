import { createTestSigner } from '@salon/auth/testing';
import { createTestDatabase, makeOwner, makeService, makeShop, makeStaff, makeWeeklyHours } from '@salon/db/testing';
import { freePort } from '@salon/ports/testing';
import pino from 'pino';
import { loadCustomerApiConfig } from './config';
import { createReadCache } from './read-cache';
import { startCustomerApi } from './server';

const silent = pino({ level: 'silent' });
const PEM = createTestSigner().publicKeyPem;

describe('customer-api read cache config', () => {
  it('reads CACHE_TTL_SECONDS, CACHE_MEMORY_MAX_ENTRIES and CACHE_RESPONSE_MAX_MB with defaults, naming a bad value', () => {
    expect(loadCustomerApiConfig({ CLERK_JWT_KEY: PEM })).toMatchObject({ CACHE_TTL_SECONDS: 600, CACHE_MEMORY_MAX_ENTRIES: 5000, CACHE_RESPONSE_MAX_MB: 32 });
    expect(() => loadCustomerApiConfig({ CLERK_JWT_KEY: PEM, CACHE_RESPONSE_MAX_MB: '0' })).toThrow(/CACHE_RESPONSE_MAX_MB/);
    expect(loadCustomerApiConfig({ CLERK_JWT_KEY: PEM, CACHE_TTL_SECONDS: '30' }).CACHE_TTL_SECONDS).toBe(30);
    expect(() => loadCustomerApiConfig({ CLERK_JWT_KEY: PEM, CACHE_TTL_SECONDS: '0' })).toThrow(/CACHE_TTL_SECONDS/);
    expect(() => loadCustomerApiConfig({ CLERK_JWT_KEY: PEM, CACHE_MEMORY_MAX_ENTRIES: 'lots' })).toThrow(/CACHE_MEMORY_MAX_ENTRIES/);
  });

  it('reads SEARCH_CACHE_TTL_SECONDS: 10 by default, 0 turns the search page cache off', () => {
    expect(loadCustomerApiConfig({ CLERK_JWT_KEY: PEM }).SEARCH_CACHE_TTL_SECONDS).toBe(10);
    expect(loadCustomerApiConfig({ CLERK_JWT_KEY: PEM, SEARCH_CACHE_TTL_SECONDS: '0' }).SEARCH_CACHE_TTL_SECONDS).toBe(0);
    expect(() => loadCustomerApiConfig({ CLERK_JWT_KEY: PEM, SEARCH_CACHE_TTL_SECONDS: '-1' })).toThrow(/SEARCH_CACHE_TTL_SECONDS/);
  });

  it('uses Redis when REDIS_URL is set and an in-process LRU otherwise', async () => {
    const memory = createReadCache(loadCustomerApiConfig({ CLERK_JWT_KEY: PEM }), silent);
    const redis = createReadCache(loadCustomerApiConfig({ CLERK_JWT_KEY: PEM, REDIS_URL: `redis://127.0.0.1:${await freePort()}` }), silent);
    expect([memory.cache.kind, redis.cache.kind]).toEqual(['memory', 'redis']);
    await Promise.all([memory.cache.close(), redis.cache.close()]);
  });
});

describe('startCustomerApi with a Redis that is not there', () => {
  it('serves slot lists and shop pages uncached (200, never a 500) and closes cleanly', async () => {
    const database = await createTestDatabase();
    try {
      const db = database.db;
      const shop = await makeShop(db, { ownerId: (await makeOwner(db)).id });
      await makeWeeklyHours(db, { shopId: shop.id });
      const service = await makeService(db, { shopId: shop.id });
      await makeStaff(db, { shopId: shop.id, serviceIds: [service.id] });
      const config = loadCustomerApiConfig({
        CLERK_JWT_KEY: PEM,
        REDIS_URL: `redis://127.0.0.1:${await freePort()}`,
        CUSTOMER_API_PORT: String(await freePort()),
        SHUTDOWN_TIMEOUT_MS: '200', // fetch keeps its connections open: do not wait the default 10 s for them
      });
      const server = await startCustomerApi({ config, database, logger: silent });
      try {
        const base = `http://127.0.0.1:${server.port}/api/v1`;
        for (const path of [`/schedules/calendar-view/${shop.id}?serviceId=${service.id}`, `/shops/${shop.id}/services`, `/shops/${shop.id}/staff`, `/schedules/shop/${shop.id}`]) {
          expect([path, (await fetch(base + path)).status]).toEqual([path, 200]);
        }
      } finally {
        await server.close();
      }
    } finally {
      await database.close();
    }
  });
});
