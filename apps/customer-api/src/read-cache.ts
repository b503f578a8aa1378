import { createMemoryCache, createRedisCache, type Cache, type CacheLogger } from '@salon/cache';

/** The cache customer-api reads through (slot days, shop pages) and how long entries live, in seconds. */
export type ReadCache = { cache: Cache; ttlSeconds: number };

/**
 * Redis when REDIS_URL is set (shared by every replica), else an in-process LRU. Either way the
 * entries are exact: their keys carry the shop's cache version (docs/caching.md).
 * @pure false
 */
export function createReadCache(
  config: { REDIS_URL?: string; CACHE_TTL_SECONDS: number; CACHE_MEMORY_MAX_ENTRIES: number },
  logger: CacheLogger,
): ReadCache {
  const cache = config.REDIS_URL
    ? createRedisCache({ url: config.REDIS_URL, logger })
    : createMemoryCache({ maxEntries: config.CACHE_MEMORY_MAX_ENTRIES });
  return { cache, ttlSeconds: config.CACHE_TTL_SECONDS };
}
