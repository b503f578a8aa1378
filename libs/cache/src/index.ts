export { type Cache, type CacheEntry, type CacheLogger } from './cache';
export { createMemoryCache } from './create-memory-cache';
export { createRedisCache, type RedisCacheOptions } from './create-redis-cache';
export { cacheKeys } from './cache-keys';
