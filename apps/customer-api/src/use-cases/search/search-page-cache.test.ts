import { createMemoryCache, createResponseCache, type CachedResponse } from '@salon/cache';
import { SearchQuerySchema } from '@salon/contracts-customer';
import { createSearchPageCache, type SearchPage } from './search-page-cache';

// The page cache on its own (no database): staleness bounds, one computation per key, no errors
// stored, bytes serialized once, pages shared between replicas through the shared cache.
const query = (params: Record<string, string>) => SearchQuerySchema.parse(params);
const page = (label: string): SearchPage => ({ items: [], nextCursor: label });
const cursorOf = (response: CachedResponse) => (JSON.parse(response.body.toString()) as SearchPage).nextCursor;

function setup(ttlSeconds: number) {
  let clock = 1_000_000;
  const cache = createMemoryCache({ maxEntries: 100, now: () => clock });
  /** One replica: its own finished answers in front of the shared cache. */
  const replica = () => createSearchPageCache({ cache, responses: createResponseCache({ maxBytes: 1_000_000, ttlSeconds: 600 }), ttlSeconds, now: () => clock });
  let computed = 0;
  const compute = (label: string) => async () => {
    computed += 1;
    return page(label);
  };
  return { pages: replica(), replica, compute, advance: (ms: number) => (clock += ms), computations: () => computed };
}

describe('createSearchPageCache', () => {
  it('serves a stored page while fresh, keys on filters, limit and cursor alike', async () => {
    const { pages, compute, computations } = setup(10);
    expect(cursorOf(await pages(query({ q: 'colur' }), compute('a')))).toBe('a');
    expect(cursorOf(await pages(query({ q: 'colur' }), compute('b')))).toBe('a');
    expect(cursorOf(await pages(query({ q: 'colur', limit: '5' }), compute('c')))).toBe('c');
    expect(cursorOf(await pages(query({ q: 'balayag' }), compute('d')))).toBe('d');
    expect(computations()).toBe(3);
  });

  it('serializes a page once: a hit is the same bytes and strong ETag, dated when it was computed', async () => {
    const { pages, compute, advance } = setup(10);
    const first = await pages(query({ q: 'colur' }), compute('a'));
    advance(1_000);
    const hit = await pages(query({ q: 'colur' }), compute('b'));
    expect(hit.body).toBe(first.body); // the very Buffer, not a copy
    expect(hit.etag).toMatch(/^"[\w-]+"$/);
    expect([hit.etag, hit.validFromMs, hit.validUntilMs]).toEqual([first.etag, 1_000_000, 1_010_000]);
    expect(JSON.parse(hit.body.toString())).toEqual(page('a'));
  });

  it('past half its TTL serves the old page once while one refresh replaces it; past the TTL computes', async () => {
    const { pages, compute, advance, computations } = setup(10);
    await pages(query({ city: 'leeds' }), compute('old'));
    advance(6_000);
    expect(cursorOf(await pages(query({ city: 'leeds' }), compute('new')))).toBe('old');
    await new Promise((resolve) => setImmediate(resolve));
    expect(cursorOf(await pages(query({ city: 'leeds' }), compute('newer')))).toBe('new');
    advance(11_000);
    expect(cursorOf(await pages(query({ city: 'leeds' }), compute('latest')))).toBe('latest');
    expect(computations()).toBe(3);
  });

  it('shares one computation among concurrent misses, and never stores an error', async () => {
    const { pages, compute, computations } = setup(10);
    const answers = await Promise.all([1, 2, 3].map(() => pages(query({ q: 'facal' }), compute('x'))));
    expect(answers.map(cursorOf)).toEqual(['x', 'x', 'x']);
    expect(computations()).toBe(1);
    await expect(pages(query({ q: 'keratn' }), () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(cursorOf(await pages(query({ q: 'keratn' }), compute('ok')))).toBe('ok');
  });

  it('shares pages between replicas through the shared cache, refreshes included', async () => {
    const { replica, compute, advance, computations } = setup(10);
    const [a, b] = [replica(), replica()];
    const computedByA = await a(query({ q: 'willo' }), compute('from-a'));
    const readByB = await b(query({ q: 'willo' }), compute('from-b'));
    expect([readByB.body.toString(), readByB.etag, readByB.validFromMs]).toEqual([computedByA.body.toString(), computedByA.etag, computedByA.validFromMs]);
    expect(computations()).toBe(1);
    advance(6_000);
    expect(cursorOf(await b(query({ q: 'willo' }), compute('b-refresh')))).toBe('from-a'); // stale: B refreshes behind it
    await new Promise((resolve) => setImmediate(resolve));
    expect(cursorOf(await a(query({ q: 'willo' }), compute('a-refresh')))).toBe('from-a'); // A's copy is stale too: it re-reads the shared cache
    await new Promise((resolve) => setImmediate(resolve));
    expect(cursorOf(await a(query({ q: 'willo' }), compute('unused')))).toBe('b-refresh');
    expect(computations()).toBe(2);
  });

  it('with a TTL of 0 computes every time', async () => {
    const { pages, compute, computations } = setup(0);
    expect(cursorOf(await pages(query({ q: 'willo' }), compute('a')))).toBe('a');
    expect(cursorOf(await pages(query({ q: 'willo' }), compute('b')))).toBe('b');
    expect(computations()).toBe(2);
  });
});
