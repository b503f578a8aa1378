import { makeStaff } from '@salon/db/testing';
import { createTestApi, errorEnvelope, runRouteSecurityTests, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createOwnerApp } from '../app';
import { ownerWithShop, startOwnerClient, type OwnerWithShop, type TypedClient } from '../testing/owner-fixtures';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const at = (ms: number) => new Date(Math.floor((Date.now() + ms) / 60_000) * 60_000).toISOString();

describe('owner-api: time off (POST|GET /staff/{id}/time-off, DELETE /time-off/{id})', () => {
  let api: TestApi;
  let typed: TypedClient;
  let alice: OwnerWithShop;
  let bob: OwnerWithShop;
  let aliceTimeOffId: string;
  const as = (owner: OwnerWithShop) => typed.as(owner.token);

  beforeAll(async () => {
    api = await createTestApi(createOwnerApp);
    typed = await startOwnerClient(api);
    alice = await ownerWithShop(api, typed, 'alice');
    bob = await ownerWithShop(api, typed, 'bob');
    const created = await typed.client.timeOff.create({
      params: { id: alice.staff.id },
      body: { start: at(2 * DAY_MS), end: at(3 * DAY_MS), reason: 'Dentist' },
      extraHeaders: as(alice),
    });
    if (created.status !== 201) throw new Error(`setup failed: ${created.status}`);
    aliceTimeOffId = created.body.id;
  });
  afterAll(async () => {
    await typed.close();
    await api.close();
  });

  runRouteSecurityTests(() => api, {
    role: 'owner',
    routes: () => ({
      create: { method: 'post', path: `/api/v1/staff/${alice.staff.id}/time-off`, body: { start: at(DAY_MS), end: at(DAY_MS + HOUR_MS) } },
      list: { method: 'get', path: `/api/v1/staff/${alice.staff.id}/time-off` },
      remove: { method: 'delete', path: `/api/v1/time-off/${aliceTimeOffId}` },
    }),
  });

  it('stores time off in UTC, lists what is upcoming by start, and deletes it', async () => {
    const { client } = typed;
    const id = { id: bob.staff.id };
    const later = await client.timeOff.create({ params: id, body: { start: '2040-08-01T09:00:00+02:00', end: '2040-08-15T18:00:00+02:00', reason: 'Holiday' }, extraHeaders: as(bob) });
    expect(later).toMatchObject({ status: 201, body: { staffId: bob.staff.id, shopId: bob.shop.id, start: '2040-08-01T07:00:00.000Z', end: '2040-08-15T16:00:00.000Z', reason: 'Holiday' } });
    const soon = await client.timeOff.create({ params: id, body: { start: at(-HOUR_MS), end: at(HOUR_MS) }, extraHeaders: as(bob) });
    await client.timeOff.create({ params: id, body: { start: at(-3 * DAY_MS), end: at(-2 * DAY_MS) }, extraHeaders: as(bob) });
    const upcoming = await client.timeOff.list({ params: id, query: {}, extraHeaders: as(bob) });
    expect(upcoming.status === 200 && upcoming.body.items.map((item) => item.reason)).toEqual([null]);
    const range = await client.timeOff.list({ params: id, query: { from: '2040-07-01T00:00:00Z', to: '2040-08-02T00:00:00Z' }, extraHeaders: as(bob) });
    expect(range.status === 200 && range.body.items.map((item) => item.reason)).toEqual(['Holiday']);
    if (soon.status !== 201) throw new Error('create failed');
    expect((await client.timeOff.remove({ params: { id: soon.body.id }, extraHeaders: as(bob) })).status).toBe(204);
    expect(await client.timeOff.remove({ params: { id: soon.body.id }, extraHeaders: as(bob) })).toMatchObject({ status: 404, body: errorEnvelope('not_found') });
  });

  it('refuses a body on DELETE (it takes none) and deletes nothing; none or {} deletes', async () => {
    const created = await typed.client.timeOff.create({ params: { id: bob.staff.id }, body: { start: at(5 * DAY_MS), end: at(6 * DAY_MS) }, extraHeaders: as(bob) });
    if (created.status !== 201) throw new Error('create failed');
    const path = `/api/v1/time-off/${created.body.id}`;
    const refused = await request(api.app).delete(path).set('authorization', `Bearer ${bob.token}`).send({ evil: 1 });
    expect([refused.status, refused.body]).toEqual([400, errorEnvelope('validation_failed')]);
    const listed = await typed.client.timeOff.list({ params: { id: bob.staff.id }, query: {}, extraHeaders: as(bob) });
    expect(listed.status === 200 && listed.body.items.map((item) => item.id)).toContain(created.body.id);
    expect((await request(api.app).delete(path).set('authorization', `Bearer ${bob.token}`).send({})).status).toBe(204);
  });

  it('answers a deleted staff member or an unknown id with 404', async () => {
    const gone = await makeStaff(api.database.db, { shopId: alice.shop.id, deletedAt: new Date() });
    for (const staffId of [gone.id, '00000000-0000-4000-8000-000000000000']) {
      const res = await typed.client.timeOff.list({ params: { id: staffId }, query: {}, extraHeaders: as(alice) });
      expect(res).toMatchObject({ status: 404, body: errorEnvelope('not_found') });
    }
  });

  it.each([
    ['an end before the start', { start: '2030-01-02T10:00:00Z', end: '2030-01-02T09:00:00Z' }, 'body.end', /after the start/],
    ['an empty range', { start: '2030-01-02T10:00:00Z', end: '2030-01-02T10:00:00Z' }, 'body.end', /after the start/],
    ['over 366 days', { start: '2030-01-01T00:00:00Z', end: '2031-01-03T00:00:00Z' }, 'body.end', /366 days/],
    ['2026-02-30', { start: '2026-02-30T10:00:00Z', end: '2026-03-02T10:00:00Z' }, 'body.start', /RFC 3339/],
    ['25:00', { start: '2030-01-01T25:00:00Z', end: '2030-01-02T10:00:00Z' }, 'body.start', /RFC 3339/],
    ['a local time without offset', { start: '2030-01-01T10:00:00', end: '2030-01-02T10:00:00Z' }, 'body.start', /RFC 3339/],
    ['a wrong type', { start: 1_700_000_000, end: '2030-01-02T10:00:00Z' }, 'body.start', /./],
    ['an unknown field', { start: '2030-01-01T10:00:00Z', end: '2030-01-02T10:00:00Z', staffId: 'x' }, 'body', /staffId/],
    ['a NUL byte', { start: '2030-01-01T10:00:00Z', end: '2030-01-02T10:00:00Z', reason: '\u0000' }, 'body.reason', /NUL/],
  ])('refuses %s with 400 validation_failed naming the field', async (_name, body, path, message) => {
    const res = await request(api.app).post(`/api/v1/staff/${alice.staff.id}/time-off`).set('Authorization', `Bearer ${alice.token}`).send(body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual(errorEnvelope('validation_failed'));
    expect(res.body.error.details).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it.each([
    ['malformed JSON', (r: request.Agent) => r.post(`/api/v1/staff/${alice.staff.id}/time-off`).set('Content-Type', 'application/json').send('{'), 'malformed_json'],
    ['a bad staff UUID', (r: request.Agent) => r.get('/api/v1/staff/abc/time-off'), 'validation_failed'],
    ['a bad time-off UUID', (r: request.Agent) => r.delete('/api/v1/time-off/abc'), 'validation_failed'],
    ['a reversed query range', (r: request.Agent) => r.get(`/api/v1/staff/${alice.staff.id}/time-off?from=2030-02-01T00:00:00Z&to=2030-01-01T00:00:00Z`), 'validation_failed'],
    ['a query range over 366 days', (r: request.Agent) => r.get(`/api/v1/staff/${alice.staff.id}/time-off?from=2030-01-01T00:00:00Z&to=2032-01-01T00:00:00Z`), 'validation_failed'],
    ['a bad instant in the query', (r: request.Agent) => r.get(`/api/v1/staff/${alice.staff.id}/time-off?from=tomorrow`), 'validation_failed'],
  ])('answers %s with 400 in the error shape', async (_name, build, code) => {
    const res = await build(request.agent(api.app).set('Authorization', `Bearer ${alice.token}`));
    expect(res.status).toBe(400);
    expect(res.body).toEqual(errorEnvelope(code));
  });
});
