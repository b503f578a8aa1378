import { LRUCache } from 'lru-cache';

/** A finished answer: its bytes exactly as sent, and what the sender needs beside them. */
export type CachedResponse = {
  /** The serialized body (UTF-8 JSON), sent as is. */
  body: Buffer;
  /** Strong validator of `body`, quoted (`"…"`), for ETag / If-None-Match. */
  etag: string;
  /** The answer holds for a request at `now` (epoch ms) with validFromMs <= now < validUntilMs. */
  validFromMs: number;
  validUntilMs: number;
};

/** Synchronous in-process store of finished answers: a hit costs a map lookup, no await, no copy. */
export type ResponseCache = {
  /** The answer under `key` if it holds at `nowMs` (epoch ms); otherwise undefined. */
  get(key: string, nowMs: number): CachedResponse | undefined;
  set(key: string, response: CachedResponse): void;
  clear(): void;
};

/**
 * An LRU of serialized answers, bounded by their total size in bytes (lru-cache's maxSize), each
 * living at most `ttlSeconds`. In-process only, on purpose: an answer is tens of kB, and a shared
 * backend would pay a network copy per hit; replicas stay exact because freshness is in the keys
 * (a cache version read from the database) and each entry's own validity window for `now`.
 * An answer larger than the whole budget is not stored.
 * @example
 * const answers = createResponseCache({ maxBytes: 32 * 1024 * 1024, ttlSeconds: 600 });
 * answers.set(key, { body, etag: '"abc"', validFromMs: now, validUntilMs: now + 60_000 });
 * answers.get(key, Date.now()); // the entry while now is in its window
 */
export function createResponseCache(opts: { maxBytes: number; ttlSeconds: number }): ResponseCache {
  const lru = new LRUCache<string, CachedResponse>({
    maxSize: opts.maxBytes,
    sizeCalculation: sizeOf,
    ttl: Math.max(1, Math.floor(opts.ttlSeconds)) * 1000,
  });
  return {
    get: (key, nowMs) => {
      const response = lru.get(key);
      return response && nowMs >= response.validFromMs && nowMs < response.validUntilMs ? response : undefined;
    },
    set: (key, response) => {
      if (sizeOf(response) <= opts.maxBytes) lru.set(key, response);
    },
    clear: () => lru.clear(),
  };
}

const sizeOf = (response: CachedResponse) => Math.max(1, response.body.byteLength + response.etag.length);
