// Cached search pages are kept as finished bytes (serialized once, sent as they are, like the slot
// answers): a strong ETag, 304 for If-None-Match, br/gzip copies of the same JSON, the same bytes
// on every hit, and a new page (and tag) once the TTL ends.
import { customerContract } from '@salon/contracts-customer';
import { makeShop } from '@salon/db/testing';
import { createTestApi, startTypedClient, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createCustomerApp } from '../app';
import { expectSameFinishedAnswer } from '../testing/finished-answer';

let clock = new Date('2026-12-01T08:00:00Z');
let api: TestApi;
let typed: Awaited<ReturnType<typeof startTypedClient<typeof customerContract>>>;

beforeAll(async () => {
  api = await createTestApi((deps) => createCustomerApp(deps, { searchCacheTtlSeconds: 10 }), { now: () => clock });
  typed = await startTypedClient(api, customerContract);
  await makeShop(api.database.db, { name: 'Byte Rooms', city: 'Bytesville', latitude: 53.8, longitude: -1.55 });
});
afterAll(async () => {
  await typed.close();
  await api.close();
});

const path = (city: string) => `/api/v1/shops/search?city=${city}`;
/** supertest asks for gzip by default: these ask for the bytes as they are, as autocannon and many clients do. */
const plain = (city = 'bytesville') => request(api.app).get(path(city)).set('Accept-Encoding', 'identity');
const names = (body: { items: { name: string }[] }) => body.items.map((shop) => shop.name).sort();
const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));

describe('GET /shops/search: cached pages as bytes', () => {
  it('a hit is the same bytes with a strong ETag, and 304 with no body when the request names it', async () => {
    const first = await plain();
    const second = await plain();
    expectSameFinishedAnswer(first, second);
    expect(names(first.body)).toEqual(['Byte Rooms']);
    const res = await typed.client.shops.search({ query: { city: 'bytesville' } as never });
    expect([res.status, res.body]).toEqual([200, first.body]); // the typed client parses the bytes

    const notModified = await plain().set('If-None-Match', `"other", ${first.headers['etag']}`);
    expect([notModified.status, notModified.text, notModified.headers['etag']]).toEqual([304, '', first.headers['etag']]);
    const otherTag = await plain().set('If-None-Match', '"other"');
    expect([otherTag.status, otherTag.text]).toEqual([200, first.text]);
  });

  it('a client that accepts gzip or br gets the same JSON compressed, under its own ETag', async () => {
    const identity = await plain();
    for (const encoding of ['gzip', 'br']) {
      const res = await request(api.app).get(path('bytesville')).set('Accept-Encoding', encoding);
      expect([res.status, res.headers['content-encoding'], res.headers['vary']]).toEqual([200, encoding, 'Accept-Encoding']);
      expect(res.body).toEqual(identity.body); // supertest inflates it
      expect(res.headers['etag']).not.toBe(identity.headers['etag']);
      const again = await request(api.app).get(path('bytesville')).set('Accept-Encoding', encoding).set('If-None-Match', res.headers['etag']!);
      expect(again.status).toBe(304);
    }
  });

  it('keeps a page (and its tag) until half its TTL, refreshes it behind a stale answer, and computes past the TTL', async () => {
    const before = await plain('leedsbytes');
    expect(names(before.body)).toEqual([]);
    await makeShop(api.database.db, { name: 'Fresh Bytes', city: 'Leedsbytes' });
    advance(4_000);
    expect((await plain('leedsbytes')).headers['etag']).toBe(before.headers['etag']);
    advance(2_000); // past half the TTL: this answer is the old page, the refresh runs behind it
    expect((await plain('leedsbytes')).headers['etag']).toBe(before.headers['etag']);
    expect(names((await eventually(() => plain('leedsbytes'), (res) => res.headers['etag'] !== before.headers['etag'])).body)).toEqual(['Fresh Bytes']);

    await makeShop(api.database.db, { name: 'Later Bytes', city: 'Leedsbytes' });
    advance(11_000); // past the TTL: computed in the request, and the old tag is not 304
    const after = await plain('leedsbytes').set('If-None-Match', before.headers['etag']!);
    expect([after.status, names(after.body)]).toEqual([200, ['Fresh Bytes', 'Later Bytes']]);
  });
});

/** The first answer `isDone` accepts, asking again every 20 ms for at most 5 s (a background refresh). */
async function eventually<T>(ask: () => PromiseLike<T>, isDone: (answer: T) => boolean): Promise<T> {
  for (let attempt = 0; attempt < 250; attempt += 1) {
    const answer = await ask();
    if (isDone(answer)) return answer;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('no new answer within 5 s');
}
