export { type Cache, type CacheEntry, type CacheLogger } from './cache';
export { createMemoryCache } from './create-memory-cache';
export { createRedisCache, type RedisCacheOptions } from './create-redis-cache';
export { createResponseCache, type CachedResponse, type ResponseCache } from './create-response-cache';
export { cacheKeys } from './cache-keys';
export { serializeResponse, withEtag } from './serialize-response';
