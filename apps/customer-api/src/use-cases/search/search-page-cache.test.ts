import { createMemoryCache } from '@salon/cache';
import { SearchQuerySchema } from '@salon/contracts-customer';
import { createSearchPageCache, type SearchPage } from './search-page-cache';

// The page cache on its own (no database): staleness bounds, one computation per key, no errors stored.
const query = (params: Record<string, string>) => SearchQuerySchema.parse(params);
const page = (label: string): SearchPage => ({ items: [], nextCursor: label });

function setup(ttlSeconds: number) {
  let clock = 1_000_000;
  const cache = createMemoryCache({ maxEntries: 100, now: () => clock });
  const pages = createSearchPageCache({ cache, ttlSeconds, now: () => clock });
  let computed = 0;
  const compute = (label: string) => async () => {
    computed += 1;
    return page(label);
  };
  return { pages, compute, advance: (ms: number) => (clock += ms), computations: () => computed };
}

describe('createSearchPageCache', () => {
  it('serves a stored page while fresh, keys on filters, limit and cursor alike', async () => {
    const { pages, compute, computations } = setup(10);
    expect((await pages(query({ q: 'colur' }), compute('a'))).nextCursor).toBe('a');
    expect((await pages(query({ q: 'colur' }), compute('b'))).nextCursor).toBe('a');
    expect((await pages(query({ q: 'colur', limit: '5' }), compute('c'))).nextCursor).toBe('c');
    expect((await pages(query({ q: 'balayag' }), compute('d'))).nextCursor).toBe('d');
    expect(computations()).toBe(3);
  });

  it('past half its TTL serves the old page once while one refresh replaces it; past the TTL computes', async () => {
    const { pages, compute, advance, computations } = setup(10);
    await pages(query({ city: 'leeds' }), compute('old'));
    advance(6_000);
    expect((await pages(query({ city: 'leeds' }), compute('new'))).nextCursor).toBe('old');
    await new Promise((resolve) => setImmediate(resolve));
    expect((await pages(query({ city: 'leeds' }), compute('newer'))).nextCursor).toBe('new');
    advance(11_000);
    expect((await pages(query({ city: 'leeds' }), compute('latest'))).nextCursor).toBe('latest');
    expect(computations()).toBe(3);
  });

  it('shares one computation among concurrent misses, and never stores an error', async () => {
    const { pages, compute, computations } = setup(10);
    const answers = await Promise.all([1, 2, 3].map(() => pages(query({ q: 'facal' }), compute('x'))));
    expect(answers.map((answer) => answer.nextCursor)).toEqual(['x', 'x', 'x']);
    expect(computations()).toBe(1);
    await expect(pages(query({ q: 'keratn' }), () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect((await pages(query({ q: 'keratn' }), compute('ok'))).nextCursor).toBe('ok');
  });

  it('with a TTL of 0 computes every time', async () => {
    const { pages, compute, computations } = setup(0);
    await pages(query({ q: 'willo' }), compute('a'));
    await pages(query({ q: 'willo' }), compute('b'));
    expect(computations()).toBe(2);
  });
});
