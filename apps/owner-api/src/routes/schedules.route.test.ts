import { makeStaff } from '@salon/db/testing';
import { createTestApi, errorEnvelope, runRouteSecurityTests, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createOwnerApp } from '../app';
import { ownerWithShop, startOwnerClient, type OwnerWithShop, type TypedClient } from '../testing/owner-fixtures';

describe('owner-api: weekly hours (POST /schedules, GET /schedules/shop/{shopId}, PUT|DELETE /schedules/{id})', () => {
  let api: TestApi;
  let typed: TypedClient;
  let alice: OwnerWithShop;
  let bob: OwnerWithShop;
  let aliceRowId: string;
  const as = (owner: OwnerWithShop) => typed.as(owner.token);

  beforeAll(async () => {
    api = await createTestApi(createOwnerApp);
    typed = await startOwnerClient(api);
    alice = await ownerWithShop(api, typed, 'alice');
    bob = await ownerWithShop(api, typed, 'bob');
    const row = await typed.client.schedules.create({
      body: { shopId: alice.shop.id, daysOfWeek: ['MO', 'TU', 'WE', 'TH', 'FR'], startTime: '09:00', endTime: '18:00' },
      extraHeaders: as(alice),
    });
    if (row.status !== 201) throw new Error(`setup failed: ${row.status}`);
    aliceRowId = row.body.id;
  });
  afterAll(async () => {
    await typed.close();
    await api.close();
  });

  runRouteSecurityTests(() => api, {
    role: 'owner',
    routes: () => ({
      create: { method: 'post', path: '/api/v1/schedules', body: { shopId: alice.shop.id, daysOfWeek: ['SA'], startTime: '10:00', endTime: '14:00' } },
      list: { method: 'get', path: `/api/v1/schedules/shop/${alice.shop.id}` },
      update: { method: 'put', path: `/api/v1/schedules/${aliceRowId}`, body: { endTime: '17:00' } },
      remove: { method: 'delete', path: `/api/v1/schedules/${aliceRowId}` },
    }),
  });

  it('stores a split shift for a staff member and lists it with the shop hours, shop first', async () => {
    const { client } = typed;
    const body = { shopId: bob.shop.id, staffId: bob.staff.id, daysOfWeek: ['MO' as const, 'WE' as const] };
    const morning = await client.schedules.create({ body: { ...body, startTime: '09:00', endTime: '13:00' }, extraHeaders: as(bob) });
    const evening = await client.schedules.create({ body: { ...body, startTime: '14:00', endTime: '24:00', validFrom: '2026-01-01' }, extraHeaders: as(bob) });
    const shopHours = await client.schedules.create({
      body: { shopId: bob.shop.id, rrule: 'freq=weekly;byday=we,mo', startTime: '08:00', endTime: '24:00' },
      extraHeaders: as(bob),
    });
    expect(morning).toMatchObject({ status: 201, body: { staffId: bob.staff.id, rrule: 'FREQ=WEEKLY;BYDAY=MO,WE', daysOfWeek: ['MO', 'WE'], startTime: '09:00', endTime: '13:00', validFrom: null, validUntil: null } });
    expect(evening).toMatchObject({ status: 201, body: { endTime: '24:00', validFrom: '2026-01-01' } });
    expect(shopHours).toMatchObject({ status: 201, body: { staffId: null, rrule: 'FREQ=WEEKLY;BYDAY=WE,MO', daysOfWeek: ['MO', 'WE'] } });
    const list = await client.schedules.listForShop({ params: { shopId: bob.shop.id }, extraHeaders: as(bob) });
    expect(list.status).toBe(200);
    if (list.status !== 200) return;
    expect(list.body.items.map((row) => [row.staffId, row.startTime])).toEqual([
      [null, '08:00'],
      [bob.staff.id, '09:00'],
      [bob.staff.id, '14:00'],
    ]);
    expect(JSON.stringify(list.body)).not.toContain(alice.shop.id);
  });

  it('updates part of a row, validating the merged row with the engine', async () => {
    const { client } = typed;
    const created = await client.schedules.create({
      body: { shopId: alice.shop.id, staffId: alice.staff.id, rrule: 'FREQ=WEEKLY;BYDAY=SA', startTime: '10:00', endTime: '16:00', validUntil: '2027-12-31' },
      extraHeaders: as(alice),
    });
    if (created.status !== 201) throw new Error('create failed');
    const id = created.body.id;
    const shorter = await client.schedules.update({ params: { id }, body: { endTime: '12:00', validUntil: null }, extraHeaders: as(alice) });
    expect(shorter).toMatchObject({ status: 200, body: { id, startTime: '10:00', endTime: '12:00', validUntil: null, rrule: 'FREQ=WEEKLY;BYDAY=SA' } });
    const days = await client.schedules.update({ params: { id }, body: { daysOfWeek: ['SU', 'SA'] }, extraHeaders: as(alice) });
    expect(days).toMatchObject({ status: 200, body: { rrule: 'FREQ=WEEKLY;BYDAY=SU,SA', daysOfWeek: ['SA', 'SU'] } });
    // An end before the start is an overnight window now (issue 13); an empty one is still refused.
    expect(await client.schedules.update({ params: { id }, body: { startTime: '12:00' }, extraHeaders: as(alice) })).toMatchObject({ status: 400, body: { error: { code: 'validation_failed', details: [{ path: 'body.endTime', message: expect.stringMatching(/differ from its start/) }] } } });
    expect(await client.schedules.update({ params: { id }, body: { rrule: 'FREQ=WEEKLY;BYDAY=SA;COUNT=2' }, extraHeaders: as(alice) })).toMatchObject({ status: 400, body: { error: { details: [{ path: 'body.rrule', message: expect.stringMatching(/COUNT/) }] } } });
    const period = await client.schedules.update({ params: { id }, body: { validFrom: '2026-06-01', validUntil: '2026-05-31' }, extraHeaders: as(alice) });
    expect(period).toMatchObject({ status: 400, body: { error: { details: [{ path: 'body.validUntil' }] } } });
  });

  it('deletes a row (204); it is then gone for PUT, DELETE and the list', async () => {
    const { client } = typed;
    const created = await client.schedules.create({ body: { shopId: alice.shop.id, daysOfWeek: ['SU'], startTime: '10:00', endTime: '12:00' }, extraHeaders: as(alice) });
    if (created.status !== 201) throw new Error('create failed');
    const id = created.body.id;
    expect((await client.schedules.remove({ params: { id }, extraHeaders: as(alice) })).status).toBe(204);
    expect((await client.schedules.remove({ params: { id }, extraHeaders: as(alice) })).status).toBe(404);
    expect(await client.schedules.update({ params: { id }, body: { endTime: '13:00' }, extraHeaders: as(alice) })).toMatchObject({ status: 404, body: errorEnvelope('not_found') });
    const list = await client.schedules.listForShop({ params: { shopId: alice.shop.id }, extraHeaders: as(alice) });
    expect(list.status === 200 && list.body.items.map((row) => row.id)).not.toContain(id);
  });

  it('refuses a staffId of another shop, of another owner or deleted: 400 naming body.staffId', async () => {
    const db = api.database.db;
    const secondShopStaff = await makeStaff(db, { shopId: (await ownerWithShop(api, typed, 'alice')).shop.id });
    const gone = await makeStaff(db, { shopId: alice.shop.id, deletedAt: new Date() });
    for (const staffId of [secondShopStaff.id, bob.staff.id, gone.id, '00000000-0000-4000-8000-000000000000']) {
      const res = await typed.client.schedules.create({
        body: { shopId: alice.shop.id, staffId, daysOfWeek: ['MO'], startTime: '09:00', endTime: '10:00' },
        extraHeaders: as(alice),
      });
      expect(res).toMatchObject({ status: 400, body: { error: { code: 'validation_failed', details: [{ path: 'body.staffId' }] } } });
    }
  });

  const valid = { daysOfWeek: ['MO'], startTime: '09:00', endTime: '17:00' };
  it.each([
    ['a COUNT rule', { rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=3', startTime: '09:00', endTime: '17:00' }, 'body.rrule', /COUNT/],
    ['a TZID the runtime does not know', { rrule: 'DTSTART;TZID=Europe/Nowhere:20260105T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO', startTime: '09:00', endTime: '17:00' }, 'body.rrule', /TZID/],
    ['a daily rule', { rrule: 'FREQ=DAILY', startTime: '09:00', endTime: '17:00' }, 'body.rrule', /WEEKLY/],
    ['an unanchored INTERVAL', { rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', startTime: '09:00', endTime: '17:00' }, 'body.rrule', /DTSTART/],
    ['daysOfWeek and rrule together', { ...valid, rrule: 'FREQ=WEEKLY;BYDAY=MO' }, 'body.rrule', /not both/],
    ['neither daysOfWeek nor rrule', { startTime: '09:00', endTime: '17:00' }, 'body.daysOfWeek', /daysOfWeek or rrule/],
    ['a day twice', { ...valid, daysOfWeek: ['MO', 'MO'] }, 'body.daysOfWeek', /once/],
    ['an unknown day', { ...valid, daysOfWeek: ['XX'] }, 'body.daysOfWeek.0', /./],
    ['an empty window (an earlier end is overnight)', { ...valid, startTime: '17:00', endTime: '17:00' }, 'body.endTime', /differ from its start/],
    ['25:00', { ...valid, startTime: '25:00' }, 'body.startTime', /HH:mm/],
    ['24:00 as a start', { ...valid, startTime: '24:00', endTime: '24:00' }, 'body.startTime', /HH:mm/],
    ['2026-02-30', { ...valid, validFrom: '2026-02-30' }, 'body.validFrom', /exist/],
    ['validUntil before validFrom', { ...valid, validFrom: '2026-03-02', validUntil: '2026-03-01' }, 'body.validUntil', /before validFrom/],
    ['a wrong type', { ...valid, startTime: 900 }, 'body.startTime', /./],
    ['a NUL byte', { rrule: 'FREQ=WEEKLY;BYDAY=MO\u0000', startTime: '09:00', endTime: '17:00' }, 'body.rrule', /NUL/],
    ['an unknown field', { ...valid, isAdmin: true }, 'body', /isAdmin/],
  ])('refuses %s with 400 validation_failed naming the field', async (_name, fields, path, message) => {
    const res = await request(api.app)
      .post('/api/v1/schedules')
      .set('Authorization', `Bearer ${alice.token}`)
      .send({ shopId: alice.shop.id, ...fields });
    expect(res.status).toBe(400);
    expect(res.body).toEqual(errorEnvelope('validation_failed'));
    expect(res.body.error.details).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it.each([
    ['malformed JSON', (r: request.Agent) => r.post('/api/v1/schedules').set('Content-Type', 'application/json').send('{"shopId":'), 'malformed_json'],
    ['a bad shop UUID in the body', (r: request.Agent) => r.post('/api/v1/schedules').send({ shopId: 'not-a-uuid', ...valid }), 'validation_failed'],
    ['a bad UUID in the path (PUT)', (r: request.Agent) => r.put('/api/v1/schedules/not-a-uuid').send({ endTime: '10:00' }), 'validation_failed'],
    ['a bad UUID in the path (GET)', (r: request.Agent) => r.get("/api/v1/schedules/shop/1' OR '1'='1"), 'validation_failed'],
    ['an unknown query parameter', (r: request.Agent) => r.get(`/api/v1/schedules/shop/${alice.shop.id}?staffId=${alice.staff.id}`), 'validation_failed'],
    ['an empty update', (r: request.Agent) => r.put(`/api/v1/schedules/${aliceRowId}`).send({}), 'validation_failed'],
    ['a staffId in an update', (r: request.Agent) => r.put(`/api/v1/schedules/${aliceRowId}`).send({ staffId: alice.staff.id }), 'validation_failed'],
    ['a JSON array body', (r: request.Agent) => r.post('/api/v1/schedules').send([valid]), 'validation_failed'],
  ])('answers %s with 400 in the error shape', async (_name, build, code) => {
    const res = await build(request.agent(api.app).set('Authorization', `Bearer ${alice.token}`));
    expect(res.status).toBe(400);
    expect(res.body).toEqual(errorEnvelope(code));
  });
});
