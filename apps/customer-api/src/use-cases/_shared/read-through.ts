import { type ReadCache } from '../../read-cache';

/**
 * The value cached under `key`, else `compute()` (stored for next time, not awaited). Only for
 * keys that carry everything the value depends on: the shop's cache version read in this request
 * (cacheKeys.shop) and any input such as a page cursor or today's date. Without a cache, computes.
 */
export async function readThrough<T>(readCache: ReadCache | undefined, key: string, compute: () => Promise<T>): Promise<T> {
  if (!readCache) return compute();
  const [hit] = await readCache.cache.getMany<T>([key]);
  if (hit !== undefined) return hit;
  const value = await compute();
  void readCache.cache.setMany([{ key, value }], { ttlSeconds: readCache.ttlSeconds });
  return value;
}
