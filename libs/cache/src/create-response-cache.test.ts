import { createResponseCache, type CachedResponse } from './index';

const answer = (text: string, validFromMs: number, validUntilMs: number): CachedResponse => ({
  body: Buffer.from(text), etag: `"${text}"`, validFromMs, validUntilMs,
});

describe('createResponseCache (in-process answers)', () => {
  it('returns an entry only while now is inside its validity window', () => {
    const cache = createResponseCache({ maxBytes: 1_000, ttlSeconds: 60 });
    cache.set('k', answer('{"a":1}', 1_000, 2_000));
    expect(cache.get('k', 999)).toBeUndefined(); // before it was built: it may not hold
    expect(cache.get('k', 1_000)?.body.toString()).toBe('{"a":1}');
    expect(cache.get('k', 1_999)?.etag).toBe('"{"a":1}"');
    expect(cache.get('k', 2_000)).toBeUndefined();
    expect(cache.get('other', 1_500)).toBeUndefined();
  });

  it('bounds the bytes it holds, evicting the least recently used, and skips an answer over the budget', () => {
    // Each entry below is 15 bytes of body + 17 of etag: two fit, three do not.
    const cache = createResponseCache({ maxBytes: 80, ttlSeconds: 60 });
    cache.set('a', answer('x'.repeat(15), 0, 10));
    cache.set('b', answer('y'.repeat(15), 0, 10));
    expect(cache.get('a', 5)).toBeDefined(); // a is now more recent than b
    cache.set('c', answer('z'.repeat(15), 0, 10));
    expect([cache.get('a', 5), cache.get('b', 5), cache.get('c', 5)].map(Boolean)).toEqual([true, false, true]);
    cache.set('huge', answer('h'.repeat(50), 0, 10));
    expect(cache.get('huge', 5)).toBeUndefined();
    cache.clear();
    expect(cache.get('a', 5)).toBeUndefined();
  });
});
