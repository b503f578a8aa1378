import { makeShop } from '@salon/db/testing';
import { createTestApi, errorEnvelope, runNulByteTests, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createCustomerApp } from '../app';

describe('customer-api: GET /api/v1/shops (public)', () => {
  let api: TestApi;
  const visible: string[] = [];

  beforeAll(async () => {
    api = await createTestApi(createCustomerApp);
    const db = api.database.db;
    // Same created_at for several rows: the id must break the tie so pages never repeat or skip.
    const sameInstant = new Date('2026-01-01T10:00:00Z');
    for (let i = 0; i < 5; i += 1) visible.push((await makeShop(db, { createdAt: sameInstant })).id);
    for (let i = 0; i < 2; i += 1) visible.push((await makeShop(db)).id);
    await makeShop(db, { name: 'Closed Salon', isActive: false });
    await makeShop(db, { name: 'Deleted Salon', deletedAt: new Date() });
  });
  afterAll(() => api.close());

  let cursor = '';
  beforeAll(async () => {
    cursor = (await request(api.app).get('/api/v1/shops').query({ limit: 1 })).body.nextCursor;
  });
  runNulByteTests(() => api, { routes: () => ({ list: { method: 'get', path: '/api/v1/shops', query: { limit: '2', cursor } } }) });

  it('needs no token and pages through active shops exactly once each, in a stable order', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await request(api.app)
        .get('/api/v1/shops')
        .query({ limit: 3, ...(cursor && { cursor }) });
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((shop: { id: string }) => shop.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual([...visible].sort());
  });

  it('shows public fields only: no owner, no private calendar token', async () => {
    const res = await request(api.app).get('/api/v1/shops').query({ limit: 1 });
    const shop = res.body.items[0];
    expect(Object.keys(shop)).not.toEqual(expect.arrayContaining(['ownerId']));
    expect(JSON.stringify(shop)).not.toMatch(/calendar|owner/i);
    expect(shop).toMatchObject({ timeZone: 'Europe/London', currency: 'GBP' });
  });

  it.each([
    ['limit=0', { limit: 0 }],
    ['limit=101', { limit: 101 }],
    ['limit=abc', { limit: 'abc' }],
    ['an unknown parameter', { limit: 5, sort: 'name' }],
    ['a forged cursor', { cursor: 'not-a-cursor' }],
    ['a cursor with SQL in it', { cursor: Buffer.from(`["2026-01-01T00:00:00Z","1' OR '1'='1"]`).toString('base64url') }],
  ])('refuses %s with 400 validation_failed', async (_name, query) => {
    const res = await request(api.app).get('/api/v1/shops').query(query);
    expect(res.status).toBe(400);
    expect(res.body).toEqual(errorEnvelope('validation_failed'));
  });

  it.each([
    ['limit=1&limit=2', 'query.limit', 'Give limit once: a single value is expected.'],
    ['cursor=a&cursor=b', 'query.cursor', 'Give cursor once: a single value is expected.'],
    ['limit=abc', 'query.limit', 'Expected a whole number from 1 to 100.'],
  ])('says what is wrong with ?%s', async (query, path, message) => {
    const res = await request(api.app).get(`/api/v1/shops?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([{ path, message }]);
  });
});
