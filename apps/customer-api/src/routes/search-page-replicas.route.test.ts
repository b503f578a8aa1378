import { createRedisCache, type Cache } from '@salon/cache';
import { startRedisServer, type TestRedisServer } from '@salon/cache/testing';
import { describeWithPostgres, makeShop } from '@salon/db/testing';
import { createTestApi, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createCustomerApp } from '../app';

// Search pages kept as bytes still travel between replicas through Redis (REDIS_URL): a page one
// replica computed is the other's answer, same bytes and ETag, without computing it again.
describeWithPostgres('search pages across two replicas on one Redis', () => {
  let redis: TestRedisServer;
  const replicas: { api: TestApi; cache: Cache }[] = [];
  const logger = { warn: () => {}, info: () => {} };

  beforeAll(async () => {
    redis = await startRedisServer();
    for (let index = 0; index < 2; index += 1) {
      const cache = createRedisCache({ url: redis.url, logger });
      const api = await createTestApi((deps) => createCustomerApp(deps, { readCache: { cache, ttlSeconds: 600 }, searchCacheTtlSeconds: 60 }), {
        sharedDatabase: replicas[0]?.api.database,
      });
      await waitUntilConnected(cache);
      replicas.push({ api, cache });
    }
  });
  afterAll(async () => {
    for (const replica of replicas.reverse()) {
      await replica.cache.close();
      await replica.api.close();
    }
    await redis?.stop();
  });

  it('the second replica answers with the page the first one stored', async () => {
    const [first, second] = replicas as [(typeof replicas)[0], (typeof replicas)[0]];
    await makeShop(first.api.database.db, { name: 'Redis Rooms', city: 'Replicaton' });
    const search = (api: TestApi) => request(api.app).get('/api/v1/shops/search?city=replicaton').set('Accept-Encoding', 'identity');
    const computed = await search(first.api);
    expect(computed.status).toBe(200);
    await makeShop(first.api.database.db, { name: 'Redis Studio', city: 'Replicaton' }); // only a computation would list it: the second replica has no copy of its own
    const shared = await search(second.api);
    expect(shared.status).toBe(200);
    expect([shared.text, shared.headers['etag']]).toEqual([computed.text, computed.headers['etag']]);
    expect((shared.body as { items: { name: string }[] }).items.map((shop) => shop.name)).toEqual(['Redis Rooms']);
  });
});

/** Resolves once the client is connected (a set and a get round trip): before, writes are dropped. */
async function waitUntilConnected(cache: Cache): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    await cache.setMany([{ key: 'probe', value: 1 }], { ttlSeconds: 5 });
    if ((await cache.getMany(['probe']))[0] === 1) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('Redis not connected within 5 s');
}
