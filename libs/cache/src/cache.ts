/** One value to store under a key. Values are JSON values (objects, arrays, strings, numbers). */
export type CacheEntry = { key: string; value: unknown };

/**
 * The cache port the apps read through: Redis when REDIS_URL is set, an in-process LRU
 * otherwise (see createRedisCache, createMemoryCache).
 *
 * Contract shared by every adapter:
 * - **Never throws.** A backend that is down or slow answers misses and ignores writes, so a
 *   caller computes the value itself: a cache outage costs speed, never a 500.
 * - **Best effort.** A value written may be gone at the next read (evicted, expired, lost with
 *   Redis). Correctness may never depend on a hit: put whatever decides freshness (a version
 *   read from the database) into the key, and treat a miss as "compute it".
 * - **Values are shared, not copied** by the in-process adapter: never mutate what `getMany`
 *   returns.
 */
export interface Cache {
  /** `memory` or `redis`: for logs and the bench, never for behaviour. */
  readonly kind: 'memory' | 'redis';
  /** The value of each key, in order; `undefined` for a miss (or when the backend is unavailable). */
  getMany<T>(keys: readonly string[]): Promise<(T | undefined)[]>;
  /** Stores every entry for `ttlSeconds` (whole seconds, at least 1). */
  setMany(entries: readonly CacheEntry[], opts: { ttlSeconds: number }): Promise<void>;
  /** Removes the keys (for values that are invalidated by deletion, such as a subscription). */
  delete(keys: readonly string[]): Promise<void>;
  /** Releases the backend (the Redis connection); the cache answers misses afterwards. */
  close(): Promise<void>;
}

/** What the adapters log through: a pino logger fits. */
export type CacheLogger = {
  warn(details: Record<string, unknown>, message: string): void;
  info(details: Record<string, unknown>, message: string): void;
};
