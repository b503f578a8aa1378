import { LRUCache } from 'lru-cache';
import { type Cache } from './cache';

/**
 * The in-process adapter: a least-recently-used map of at most `maxEntries` values, each with its
 * own time to live (lru-cache, a maintained library, rather than our own eviction code). Good for
 * one instance; several instances each keep their own, which stays correct because freshness lives
 * in the keys (see Cache). `now` (milliseconds, monotonic) is for tests only.
 * @example
 * const cache = createMemoryCache({ maxEntries: 10_000 });
 * await cache.setMany([{ key: 'shop:1', value: { name: 'Nina Hair' } }], { ttlSeconds: 60 });
 */
export function createMemoryCache(opts: { maxEntries: number; now?: () => number }): Cache {
  const lru = new LRUCache<string, { value: unknown }>({
    max: opts.maxEntries,
    ...(opts.now && { perf: { now: opts.now }, ttlResolution: 0 }),
  });
  return {
    kind: 'memory',
    getMany: async <T>(keys: readonly string[]) => keys.map((key) => lru.get(key)?.value as T | undefined),
    setMany: async (entries, { ttlSeconds }) => {
      for (const entry of entries) lru.set(entry.key, { value: entry.value }, { ttl: ttlMs(ttlSeconds) });
    },
    delete: async (keys) => {
      for (const key of keys) lru.delete(key);
    },
    close: async () => lru.clear(),
  };
}

const ttlMs = (ttlSeconds: number) => Math.max(1, Math.floor(ttlSeconds)) * 1000;
