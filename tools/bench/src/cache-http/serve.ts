// Child process of the cache bench: customer-api three times over one postgres.js pool of 10 (each
// app its own pool, as three replicas would have) and the one-query baseline app:
//   cold    Redis cache whose reads always miss, and no finished answers kept: every request computes
//           all its dates, writes them and serializes its answer
//   redis   Redis cache (REDIS_URL set): the shared cache replicas use
//   memory  in-process LRU (REDIS_URL unset)
// Started by cache-http.ts with fork(); tells the parent its ports over IPC.
import { createMemoryCache, createRedisCache, type Cache, type ResponseCache } from '@salon/cache';
import { createCustomerApp } from '@salon/customer-api/app';
import { createDatabase } from '@salon/db';
import { createLogger, listen } from '@salon/http';
import { createIdentityContext } from '@salon/identity';
import { createRateLimits } from '@salon/runtime';
import { createBaselineApp } from '../owner-http/baseline-app';

export type CacheServeMessage = { baselinePort: number; coldPort: number; redisPort: number; memoryPort: number };

/** Reads that always miss, writes that go through: the cost of a cold entry, write included. */
const alwaysMissing = (cache: Cache): Cache => ({ ...cache, getMany: async (keys) => keys.map(() => undefined) });

/** Keeps no finished answer: the cold server serializes every one. */
const NO_RESPONSES: ResponseCache = { get: () => undefined, set: () => {}, clear: () => {} };

async function main(): Promise<void> {
  const url = process.env['BENCH_DATABASE_URL'];
  const redisUrl = process.env['BENCH_REDIS_URL'];
  const jwtKey = process.env['BENCH_JWT_KEY'];
  if (!url || !redisUrl || !jwtKey || !process.send) throw new Error('serve.ts is started by cache-http.ts');
  const logger = createLogger({ name: 'customer-api', level: process.env['BENCH_LOG_LEVEL'] ?? 'warn' });
  const rateLimits = createRateLimits({ name: 'customer-api', config: { RATE_LIMIT_PER_MINUTE: 1_000_000, RATE_LIMIT_PER_IP_PER_MINUTE: 1_000_000 }, logger });
  const caches = { cold: alwaysMissing(createRedisCache({ url: redisUrl, logger })), redis: createRedisCache({ url: redisUrl, logger }), memory: createMemoryCache({ maxEntries: 5_000 }) };
  const databases: Awaited<ReturnType<typeof createDatabase>>[] = [];
  const serve = async (cache?: Cache) => {
    const database = await createDatabase({ url });
    databases.push(database);
    const ctx = createIdentityContext({ db: database.db, now: () => new Date(), clerk: { jwtKey } });
    const deps = { ctx, database, logger, rateLimits: rateLimits.limits };
    const responses = cache === caches.cold ? NO_RESPONSES : undefined; // undefined: the app's own, as in production
    const app = cache ? createCustomerApp(deps, { readCache: { cache, ttlSeconds: 600, responses } }) : createBaselineApp(deps);
    return listen(app, 0, { host: '127.0.0.1', drainMs: 15_000 });
  };
  const servers = { baseline: await serve(), cold: await serve(caches.cold), redis: await serve(caches.redis), memory: await serve(caches.memory) };
  process.on('disconnect', () => {
    void Promise.all(Object.values(servers).map((server) => server.close()))
      .then(() => Promise.all([...Object.values(caches).map((cache) => cache.close()), ...databases.map((database) => database.close())]))
      .finally(() => process.exit(0));
  });
  process.send({
    baselinePort: servers.baseline.port,
    coldPort: servers.cold.port,
    redisPort: servers.redis.port,
    memoryPort: servers.memory.port,
  } satisfies CacheServeMessage);
}

main().catch((error: unknown) => {
  process.stderr.write(`cache bench server: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
