import { createMemoryCache } from './index';

describe('createMemoryCache (in-process LRU)', () => {
  it('returns what was stored, in key order, and undefined for misses', async () => {
    const cache = createMemoryCache({ maxEntries: 10 });
    await cache.setMany([{ key: 'a', value: { n: 1 } }, { key: 'b', value: [1, 2] }, { key: 'c', value: null }], { ttlSeconds: 60 });
    expect(await cache.getMany(['b', 'x', 'a', 'c'])).toEqual([[1, 2], undefined, { n: 1 }, null]);
    expect(await cache.getMany([])).toEqual([]);
    expect(cache.kind).toBe('memory');
  });

  it('evicts the least recently used entry beyond maxEntries', async () => {
    const cache = createMemoryCache({ maxEntries: 2 });
    await cache.setMany([{ key: 'a', value: 1 }, { key: 'b', value: 2 }], { ttlSeconds: 60 });
    await cache.getMany(['a']); // a is now more recent than b
    await cache.setMany([{ key: 'c', value: 3 }], { ttlSeconds: 60 });
    expect(await cache.getMany(['a', 'b', 'c'])).toEqual([1, undefined, 3]);
  });

  it('expires each entry after its own ttl', async () => {
    let nowMs = 1_000;
    const cache = createMemoryCache({ maxEntries: 10, now: () => nowMs });
    await cache.setMany([{ key: 'short', value: 's' }], { ttlSeconds: 1 });
    await cache.setMany([{ key: 'long', value: 'l' }], { ttlSeconds: 10 });
    nowMs += 999;
    expect(await cache.getMany(['short', 'long'])).toEqual(['s', 'l']);
    nowMs += 2;
    expect(await cache.getMany(['short', 'long'])).toEqual([undefined, 'l']);
    nowMs += 10_000;
    expect(await cache.getMany(['long'])).toEqual([undefined]);
  });

  it('overwrites, deletes and clears on close', async () => {
    const cache = createMemoryCache({ maxEntries: 10 });
    await cache.setMany([{ key: 'a', value: 1 }, { key: 'b', value: 2 }], { ttlSeconds: 60 });
    await cache.setMany([{ key: 'a', value: 10 }], { ttlSeconds: 60 });
    await cache.delete(['b', 'missing']);
    expect(await cache.getMany(['a', 'b'])).toEqual([10, undefined]);
    await cache.close();
    expect(await cache.getMany(['a'])).toEqual([undefined]);
  });
});
