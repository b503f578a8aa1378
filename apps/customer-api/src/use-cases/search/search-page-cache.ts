import { createHash } from 'node:crypto';
import { type SearchQuery, type SearchResult } from '@salon/contracts-customer';
import { cacheKeys, withEtag, type Cache, type CachedResponse, type ResponseCache } from '@salon/cache';
import { searchFilters } from './search-cursor';

/** One search answer as the route returns it. */
export type SearchPage = { items: SearchResult[]; nextCursor: string | null };

/**
 * A page in the shared Cache (Redis stores JSON values): its JSON text, the strong ETag of that
 * text's UTF-8 bytes, and when it was computed (epoch ms), so a reader can tell its age.
 */
type StoredPage = { text: string; etag: string; computedAt: number };

/**
 * Serves a search page from `compute` through a short-lived cache, as the bytes to send
 * (validFromMs = when it was computed). Not exact (a page spans many shops, so no one cache
 * version covers it): an answer is at most `ttlSeconds` old. Past half its TTL an entry is still
 * served while ONE background refresh per key and process replaces it (it first reads the shared
 * cache, where another replica may have refreshed it), so a popular search never makes a burst of
 * requests wait for the database together; concurrent misses of one key also share one
 * computation. Errors are never stored. Every filter, `limit` and `cursor` are in the key.
 */
export type SearchPageCache = (query: SearchQuery, compute: () => Promise<SearchPage>) => Promise<CachedResponse>;

/**
 * Two levels: this process's finished answers (`responses`: a hit is a map lookup, no I/O, no
 * JSON parse or stringify, no hashing of the body) in front of the shared `cache` (Redis: a page
 * computed by one replica serves the others; read only when this process has no fresh copy).
 * `ttlSeconds` 0: computes and serializes every time, storing nothing.
 * @pure false (keeps the in-flight reads and computations of this process)
 */
export function createSearchPageCache(opts: { cache: Cache; responses: ResponseCache; ttlSeconds: number; now?: () => number }): SearchPageCache {
  const now = opts.now ?? Date.now;
  if (opts.ttlSeconds <= 0) return async (_query, compute) => serialize(await compute(), now(), 0).response;
  const ttlMs = opts.ttlSeconds * 1000;
  const freshMs = ttlMs / 2;
  const computing = new Map<string, Promise<CachedResponse>>();
  const reading = new Map<string, Promise<CachedResponse>>();

  const refresh = (key: string, compute: () => Promise<SearchPage>) =>
    once(computing, key, async () => {
      const { response, stored } = serialize(await compute(), now(), ttlMs);
      opts.responses.set(key, response);
      await opts.cache.setMany([{ key: sharedKey(key), value: stored }], { ttlSeconds: opts.ttlSeconds });
      return response;
    });

  // No fresh copy here: share this process's computation, or read the shared cache once for every waiter.
  const load = (key: string, compute: () => Promise<SearchPage>) =>
    computing.get(key) ??
    once(reading, key, async () => {
      const [stored] = await opts.cache.getMany<StoredPage>([sharedKey(key)]);
      const at = now();
      if (!stored || at - stored.computedAt >= ttlMs) return refresh(key, compute);
      const local = opts.responses.get(key, at);
      // The same page as ours keeps its Buffer (and the compressed copies made of it).
      const response =
        local?.etag === stored.etag
          ? local
          : // Another replica's clock may run ahead: never date a page after our now, or it would not be served yet.
            { body: Buffer.from(stored.text), etag: stored.etag, validFromMs: Math.min(stored.computedAt, at), validUntilMs: stored.computedAt + ttlMs };
      opts.responses.set(key, response);
      if (at - stored.computedAt > freshMs) refresh(key, compute).catch(() => undefined); // the next reader sees the error
      return response;
    });

  return (query, compute) => {
    // This process's key is the page's text itself (no hashing on a hit); the shared key its hash.
    const pageKey = searchPageKey(query);
    const at = now();
    const local = opts.responses.get(pageKey, at);
    if (local && (at - local.validFromMs <= freshMs || computing.has(pageKey) || reading.has(pageKey))) return Promise.resolve(local);
    const loading = load(pageKey, compute);
    if (!local) return loading;
    loading.catch(() => undefined); // stale: served while it is refreshed; the next reader sees an error
    return Promise.resolve(local);
  };
}

/** The page's bytes and ETag, computed once: as this process serves them, and as the shared cache keeps them. */
function serialize(page: SearchPage, computedAt: number, ttlMs: number): { response: CachedResponse; stored: StoredPage } {
  const text = JSON.stringify(page);
  const { body, etag } = withEtag(Buffer.from(text));
  return { response: { body, etag, validFromMs: computedAt, validUntilMs: computedAt + ttlMs }, stored: { text, etag, computedAt } };
}

/** `start()` unless one for `key` is already running in this process: then that one's promise. */
function once<T>(running: Map<string, Promise<T>>, key: string, start: () => Promise<T>): Promise<T> {
  const current = running.get(key);
  if (current) return current;
  const started = start().finally(() => running.delete(key));
  running.set(key, started);
  return started;
}

/** Everything that decides a page: the filters (as cursors are bound to them), the limit and the cursor. */
const searchPageKey = (query: SearchQuery) => `search-page:${searchFilters(query)}:${query.limit}:${query.cursor ?? ''}`;

/** The shared cache's key of a page: a hash, so a long query never makes a long Redis key. */
const sharedKey = (pageKey: string) => cacheKeys.searchPage(createHash('sha256').update(pageKey).digest('base64url').slice(0, 24));
