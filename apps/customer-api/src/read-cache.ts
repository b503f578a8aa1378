import { createMemoryCache, createRedisCache, createResponseCache, type Cache, type CacheLogger, type ResponseCache } from '@salon/cache';

/**
 * The cache customer-api reads through (slot days, shop pages), how long entries live, in seconds,
 * and this process's finished answers: slot listings and search pages (always in-process: see createResponseCache).
 */
export type ReadCache = { cache: Cache; ttlSeconds: number; responses: ResponseCache };

/**
 * Redis when REDIS_URL is set (shared by every replica), else an in-process LRU. Either way the
 * entries are exact: their keys carry the shop's cache version (docs/caching.md).
 * @pure false
 */
export function createReadCache(
  config: { REDIS_URL?: string; CACHE_TTL_SECONDS: number; CACHE_MEMORY_MAX_ENTRIES: number; CACHE_RESPONSE_MAX_MB: number },
  logger: CacheLogger,
): ReadCache {
  const cache = config.REDIS_URL
    ? createRedisCache({ url: config.REDIS_URL, logger })
    : createMemoryCache({ maxEntries: config.CACHE_MEMORY_MAX_ENTRIES });
  const responses = createResponseCache({ maxBytes: config.CACHE_RESPONSE_MAX_MB * 1024 * 1024, ttlSeconds: config.CACHE_TTL_SECONDS });
  return { cache, ttlSeconds: config.CACHE_TTL_SECONDS, responses };
}
