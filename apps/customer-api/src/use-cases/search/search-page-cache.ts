import { createHash } from 'node:crypto';
import { type SearchQuery, type SearchResult } from '@salon/contracts-customer';
import { cacheKeys, type Cache } from '@salon/cache';
import { searchFingerprint } from './search-cursor';

/** One search answer as the route returns it. */
export type SearchPage = { items: SearchResult[]; nextCursor: string | null };

/** A stored page and when it was computed (epoch ms), so a reader can tell its age. */
type StoredPage = { page: SearchPage; computedAt: number };

/**
 * Serves a search page from `compute` through a short-lived cache, or `compute` itself when
 * `ttlSeconds` is 0. Not exact (a page spans many shops, so no one cache version covers it): an
 * answer is at most `ttlSeconds` old. Past half its TTL an entry is still served while ONE
 * background computation per key and process replaces it, so a popular search never makes a burst
 * of requests wait for the database together; concurrent misses of one key also share one
 * computation. Errors are never stored. Every filter, `limit` and `cursor` are in the key.
 */
export type SearchPageCache = (query: SearchQuery, compute: () => Promise<SearchPage>) => Promise<SearchPage>;

/** @pure false (keeps the in-flight computations of this process) */
export function createSearchPageCache(opts: { cache: Cache; ttlSeconds: number; now?: () => number }): SearchPageCache {
  if (opts.ttlSeconds <= 0) return (_query, compute) => compute();
  const now = opts.now ?? Date.now;
  const freshMs = (opts.ttlSeconds * 1000) / 2;
  const inFlight = new Map<string, Promise<SearchPage>>();
  const refresh = (key: string, compute: () => Promise<SearchPage>): Promise<SearchPage> => {
    const running = inFlight.get(key);
    if (running) return running;
    const started = (async () => {
      try {
        const page = await compute();
        await opts.cache.setMany([{ key, value: { page, computedAt: now() } satisfies StoredPage }], { ttlSeconds: opts.ttlSeconds });
        return page;
      } finally {
        inFlight.delete(key);
      }
    })();
    inFlight.set(key, started);
    return started;
  };
  return async (query, compute) => {
    const key = cacheKeys.searchPage(searchPageHash(query));
    const [stored] = await opts.cache.getMany<StoredPage>([key]);
    if (!stored) return refresh(key, compute);
    if (now() - stored.computedAt > freshMs) refresh(key, compute).catch(() => undefined); // the next reader sees the error
    return stored.page;
  };
}

/** The filters' fingerprint (as cursors carry it) plus the page's own limit and cursor. */
function searchPageHash(query: SearchQuery): string {
  return createHash('sha256').update(JSON.stringify([searchFingerprint(query), query.limit, query.cursor ?? null])).digest('base64url').slice(0, 24);
}
