import { dateOverrides } from '@salon/db';
import { makeStaff } from '@salon/db/testing';
import { createTestApi, errorEnvelope, runRouteSecurityTests, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createOwnerApp } from '../app';
import { ownerWithShop, startOwnerClient, type OwnerWithShop, type TypedClient } from '../testing/owner-fixtures';

const DAY_MS = 86_400_000;
const dateIn = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

describe('owner-api: date overrides (POST /schedules/overrides, GET …/shop/{shopId}, DELETE …/{id})', () => {
  let api: TestApi;
  let typed: TypedClient;
  let alice: OwnerWithShop;
  let bob: OwnerWithShop;
  let aliceOverrideId: string;
  const as = (owner: OwnerWithShop) => typed.as(owner.token);

  beforeAll(async () => {
    api = await createTestApi(createOwnerApp);
    typed = await startOwnerClient(api);
    // UTC shop: "today" in the shop's zone is today's UTC date, so default ranges are predictable.
    alice = await ownerWithShop(api, typed, 'alice', { timeZone: 'UTC' });
    bob = await ownerWithShop(api, typed, 'bob', { timeZone: 'UTC' });
    const created = await typed.client.schedules.createOverride({
      body: { shopId: alice.shop.id, date: dateIn(10), isClosed: true, reason: 'Bank holiday' },
      extraHeaders: as(alice),
    });
    if (created.status !== 201) throw new Error(`setup failed: ${created.status}`);
    aliceOverrideId = created.body.id;
  });
  afterAll(async () => {
    await typed.close();
    await api.close();
  });

  runRouteSecurityTests(() => api, {
    role: 'owner',
    routes: () => ({
      create: { method: 'post', path: '/api/v1/schedules/overrides', body: { shopId: alice.shop.id, date: dateIn(11), isClosed: true } },
      list: { method: 'get', path: `/api/v1/schedules/overrides/shop/${alice.shop.id}` },
      remove: { method: 'delete', path: `/api/v1/schedules/overrides/${aliceOverrideId}` },
    }),
  });

  it('stores a closed day and a staff member\'s replacement windows (sorted), and lists them by date, shop first', async () => {
    const { client } = typed;
    const closed = await client.schedules.createOverride({ body: { shopId: bob.shop.id, date: dateIn(5), isClosed: true, reason: 'Closed for training' }, extraHeaders: as(bob) });
    expect(closed).toMatchObject({ status: 201, body: { staffId: null, date: dateIn(5), isClosed: true, windows: [], reason: 'Closed for training' } });
    const late = await client.schedules.createOverride({
      body: { shopId: bob.shop.id, staffId: bob.staff.id, date: dateIn(5), windows: [{ start: '17:00', end: '24:00' }, { start: '12:00', end: '17:00' }] },
      extraHeaders: as(bob),
    });
    expect(late).toMatchObject({ status: 201, body: { staffId: bob.staff.id, isClosed: false, windows: [{ start: '12:00', end: '17:00' }, { start: '17:00', end: '24:00' }], reason: null } });
    await client.schedules.createOverride({ body: { shopId: bob.shop.id, date: dateIn(1), isClosed: true }, extraHeaders: as(bob) });
    const list = await client.schedules.listOverrides({ params: { shopId: bob.shop.id }, query: {}, extraHeaders: as(bob) });
    expect(list.status === 200 && list.body.items.map((item) => [item.date, item.staffId])).toEqual([
      [dateIn(1), null],
      [dateIn(5), null],
      [dateIn(5), bob.staff.id],
    ]);
  });

  it('answers a second override for the same date and subject with 409 conflict, keeping the first', async () => {
    const { client } = typed;
    const again = await client.schedules.createOverride({ body: { shopId: alice.shop.id, date: dateIn(10), windows: [{ start: '10:00', end: '12:00' }] }, extraHeaders: as(alice) });
    expect(again).toMatchObject({ status: 409, body: errorEnvelope('conflict') });
    const forStaff = await client.schedules.createOverride({ body: { shopId: alice.shop.id, staffId: alice.staff.id, date: dateIn(10), isClosed: true }, extraHeaders: as(alice) });
    expect(forStaff.status).toBe(201);
    const rows = await api.database.db.select().from(dateOverrides);
    expect(rows.filter((row) => row.shopId === alice.shop.id && row.date === dateIn(10) && row.staffId === null)).toEqual([
      expect.objectContaining({ id: aliceOverrideId, isClosed: true }),
    ]);
  });

  it('lets exactly one of two simultaneous overrides for one date win; the other is 409', async () => {
    const body = { shopId: bob.shop.id, date: dateIn(30), isClosed: true };
    const both = await Promise.all([1, 2].map(() => typed.client.schedules.createOverride({ body, extraHeaders: as(bob) })));
    expect(both.map((res) => res.status).sort()).toEqual([201, 409]);
  });

  it('lists a given range only, and refuses a reversed range or one over 366 days', async () => {
    const { client } = typed;
    const query = { from: dateIn(9), to: dateIn(10) };
    const list = await client.schedules.listOverrides({ params: { shopId: alice.shop.id }, query, extraHeaders: as(alice) });
    expect(list.status === 200 && list.body.items.every((item) => item.date >= query.from && item.date <= query.to)).toBe(true);
    expect(list.status === 200 && list.body.items.length).toBe(2);
    const empty = await client.schedules.listOverrides({ params: { shopId: alice.shop.id }, query: { from: dateIn(11), to: dateIn(11) }, extraHeaders: as(alice) });
    expect(empty).toMatchObject({ status: 200, body: { items: [] } });
    for (const bad of [{ from: dateIn(10), to: dateIn(9) }, { from: '2026-01-01', to: '2027-01-02' }, { from: dateIn(400) }]) {
      const res = await client.schedules.listOverrides({ params: { shopId: alice.shop.id }, query: bad, extraHeaders: as(alice) });
      if (bad.to) expect(res).toMatchObject({ status: 400, body: { error: { code: 'validation_failed', details: [{ path: 'query.to' }] } } });
      else expect(res.status).toBe(200);
    }
  });

  it('deletes an override (204); a second delete is 404', async () => {
    const { client } = typed;
    const created = await client.schedules.createOverride({ body: { shopId: alice.shop.id, date: dateIn(20), isClosed: true }, extraHeaders: as(alice) });
    if (created.status !== 201) throw new Error('create failed');
    expect((await client.schedules.removeOverride({ params: { id: created.body.id }, extraHeaders: as(alice) })).status).toBe(204);
    expect(await client.schedules.removeOverride({ params: { id: created.body.id }, extraHeaders: as(alice) })).toMatchObject({ status: 404, body: errorEnvelope('not_found') });
  });

  it('refuses a staffId outside the shop with 400 naming body.staffId', async () => {
    const other = await makeStaff(api.database.db, { shopId: bob.shop.id });
    const res = await typed.client.schedules.createOverride({ body: { shopId: alice.shop.id, staffId: other.id, date: dateIn(3), isClosed: true }, extraHeaders: as(alice) });
    expect(res).toMatchObject({ status: 400, body: { error: { details: [{ path: 'body.staffId' }] } } });
  });

  const base = { date: '2026-07-01' };
  it.each([
    ['overlapping windows', { ...base, windows: [{ start: '09:00', end: '13:00' }, { start: '12:00', end: '15:00' }] }, 'body.windows.1', /overlaps windows\[0\]/],
    ['an empty window (an earlier end is overnight)', { ...base, windows: [{ start: '13:00', end: '13:00' }] }, 'body.windows.0.end', /differ from its start/],
    ['25:00', { ...base, windows: [{ start: '09:00', end: '25:00' }] }, 'body.windows.0.end', /HH:mm/],
    ['2026-02-30', { date: '2026-02-30', isClosed: true }, 'body.date', /exist/],
    ['closed with windows', { ...base, isClosed: true, windows: [{ start: '09:00', end: '10:00' }] }, 'body.windows', /closed/],
    ['neither closed nor windows', { ...base, reason: 'hmm' }, 'body.windows', /isClosed/],
    ['isClosed false without windows', { ...base, isClosed: false }, 'body.windows', /isClosed/],
    ['no windows at all', { ...base, windows: [] }, 'body.windows', /./],
    ['an unknown field in a window', { ...base, windows: [{ start: '09:00', end: '10:00', staffId: 'x' }] }, 'body.windows.0', /staffId/],
    ['an unknown field', { ...base, isClosed: true, kind: 'closed' }, 'body', /kind/],
    ['a NUL byte in the reason', { ...base, isClosed: true, reason: 'a\u0000b' }, 'body.reason', /NUL/],
    ['a wrong type', { ...base, isClosed: 'yes' }, 'body.isClosed', /./],
  ])('refuses %s with 400 validation_failed naming the field', async (_name, fields, path, message) => {
    const res = await request(api.app)
      .post('/api/v1/schedules/overrides')
      .set('Authorization', `Bearer ${alice.token}`)
      .send({ shopId: alice.shop.id, ...fields });
    expect(res.status).toBe(400);
    expect(res.body).toEqual(errorEnvelope('validation_failed'));
    expect(res.body.error.details).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it.each([
    ['malformed JSON', (r: request.Agent) => r.post('/api/v1/schedules/overrides').set('Content-Type', 'application/json').send('{"date'), 'malformed_json'],
    ['a bad UUID in the path', (r: request.Agent) => r.delete('/api/v1/schedules/overrides/123'), 'validation_failed'],
    ['a bad date in the query', (r: request.Agent) => r.get(`/api/v1/schedules/overrides/shop/${alice.shop.id}?from=2026-13-01`), 'validation_failed'],
    ['an unknown query parameter', (r: request.Agent) => r.get(`/api/v1/schedules/overrides/shop/${alice.shop.id}?limit=5`), 'validation_failed'],
  ])('answers %s with 400 in the error shape', async (_name, build, code) => {
    const res = await build(request.agent(api.app).set('Authorization', `Bearer ${alice.token}`));
    expect(res.status).toBe(400);
    expect(res.body).toEqual(errorEnvelope(code));
  });
});
