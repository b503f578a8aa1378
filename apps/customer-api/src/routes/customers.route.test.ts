import { customerContract } from '@salon/contracts-customer';
import { createTestApi, errorEnvelope, runRouteSecurityTests, startTypedClient, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createCustomerApp } from '../app';

let api: TestApi;
let typed: Awaited<ReturnType<typeof startTypedClient<typeof customerContract>>>;
const headersFor = async (name: string, role?: 'owner' | 'customer') => typed.as(await api.tokenFor(name, { role }));

beforeAll(async () => {
  api = await createTestApi(createCustomerApp);
  typed = await startTypedClient(api, customerContract);
});
afterAll(async () => {
  await typed.close();
  await api.close();
});

describe('POST /customers', () => {
  it('creates the profile of a fresh user (201, with the body applied), then answers 409 conflict', async () => {
    const extraHeaders = await headersFor('fresh');
    const body = { displayName: 'Fran Fresh', phone: '+44 7700 900123', preferredTimeZone: 'America/New_York' };
    const first = await typed.client.customers.create({ body, extraHeaders });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ ...body, email: 'fresh@example.test', id: expect.any(String), userId: expect.any(String) });
    const second = await typed.client.customers.create({ body: {}, extraHeaders });
    expect([second.status, second.body]).toEqual([409, errorEnvelope('conflict')]);
  });

  it('does not create the profile on a refused body: the corrected retry still gets 201', async () => {
    const extraHeaders = await headersFor('typo');
    const refused = await request(api.app).post('/api/v1/customers').set(extraHeaders).send({ displayName: 'x'.repeat(500) });
    expect(refused.status).toBe(400);
    expect((await typed.client.customers.create({ body: { displayName: 'Ty Po' }, extraHeaders })).status).toBe(201);
  });

  it('creates a customer profile for an owner-only user too (201), without touching the owner profile', async () => {
    const extraHeaders = await headersFor('owner-shopper', 'owner');
    expect((await typed.client.customers.create({ body: {}, extraHeaders })).status).toBe(201);
    const me = await typed.client.auth.me({ extraHeaders });
    expect(me.status === 200 && [me.body.roles, Boolean(me.body.owner), Boolean(me.body.customer)]).toEqual([['customer', 'owner'], true, true]);
  });

  it('answers 201 to a new user whose token already asks for the customer role', async () => {
    const res = await typed.client.customers.create({ body: {}, extraHeaders: await headersFor('hinted', 'customer') });
    expect(res.status).toBe(201);
  });

  it('answers 409 once any customer endpoint has created the profile on first use', async () => {
    const extraHeaders = await headersFor('browsed-first');
    expect((await typed.client.customers.me({ extraHeaders })).status).toBe(200);
    const res = await typed.client.customers.create({ body: {}, extraHeaders });
    expect([res.status, res.body]).toEqual([409, errorEnvelope('conflict')]);
  });

  it('gives exactly one 201 to a fresh user\'s racing first requests', async () => {
    const extraHeaders = await headersFor('racer');
    const results = await Promise.all(Array.from({ length: 5 }, () => typed.client.customers.create({ body: {}, extraHeaders })));
    expect(results.map((res) => res.status).sort()).toEqual([201, 409, 409, 409, 409]);
  });
});

describe('GET|PUT /customers/me', () => {
  it('gives an owner-only user a customer profile on first use: no 403', async () => {
    const extraHeaders = await headersFor('owner-too', 'owner');
    const res = await typed.client.customers.me({ extraHeaders });
    expect(res.status).toBe(200);
    const me = await typed.client.auth.me({ extraHeaders });
    expect(me.status === 200 && me.body.roles).toEqual(['customer', 'owner']);
  });

  it('keeps the name on the user and the phone and zone on the customer profile; leaves out fields unchanged; null clears', async () => {
    const extraHeaders = await headersFor('pat', 'customer');
    const named = await typed.client.customers.updateMe({ body: { displayName: '  Pat Lee ', phone: '+1 (212) 555-0100' }, extraHeaders });
    expect(named.status).toBe(200);
    expect(named.body).toMatchObject({ displayName: 'Pat Lee', phone: '+1 (212) 555-0100', preferredTimeZone: null });
    const zoned = await typed.client.customers.updateMe({ body: { preferredTimeZone: 'Asia/Kolkata' }, extraHeaders });
    expect(zoned.body).toMatchObject({ displayName: 'Pat Lee', phone: '+1 (212) 555-0100', preferredTimeZone: 'Asia/Kolkata' });
    const me = await typed.client.auth.me({ extraHeaders });
    if (me.status !== 200) throw new Error(`status ${me.status}`);
    expect([me.body.displayName, me.body.phone, me.body.customer?.phone]).toEqual(['Pat Lee', null, '+1 (212) 555-0100']);
    const cleared = await typed.client.customers.updateMe({ body: { phone: null, preferredTimeZone: null }, extraHeaders });
    expect(cleared.body).toMatchObject({ displayName: 'Pat Lee', phone: null, preferredTimeZone: null });
    const read = await typed.client.customers.me({ extraHeaders });
    expect(read.body).toEqual(cleared.body);
  });

  it('never shows or changes another customer\'s profile', async () => {
    const ann = await headersFor('ann', 'customer');
    const bob = await headersFor('bob', 'customer');
    await typed.client.customers.updateMe({ body: { displayName: 'Ann Secret', phone: '+44 20 0000 0001' }, extraHeaders: ann });
    await typed.client.customers.updateMe({ body: { displayName: 'Bob' }, extraHeaders: bob });
    const seenByBob = await typed.client.customers.me({ extraHeaders: bob });
    expect(JSON.stringify(seenByBob.body)).not.toMatch(/Ann|0001/);
    expect((await typed.client.customers.me({ extraHeaders: ann })).body).toMatchObject({ displayName: 'Ann Secret' });
  });
});

describe('hostile input → 4xx, never a 500', () => {
  it.each([
    ['a NUL byte in the name', { displayName: 'Pat\u0000Lee' }],
    ['an empty name', { displayName: '   ' }],
    ['an oversized name', { displayName: 'x'.repeat(121) }],
    ['a 50 kB name', { displayName: 'x'.repeat(50_000) }],
    ['a wrong-typed name', { displayName: 42 }],
    ['a phone that is not one', { phone: 'call me maybe' }],
    ['a phone with a NUL byte', { phone: '+44 20\u0000 7946' }],
    ['an unknown time zone', { preferredTimeZone: 'Mars/Olympus' }],
    ['a time zone with a NUL byte', { preferredTimeZone: 'Europe/London\u0000' }],
    ['a time zone in the wrong case (stored as sent, unreadable to Android)', { preferredTimeZone: 'europe/london' }],
    ['an oversized time zone', { preferredTimeZone: 'Europe/'.padEnd(200, 'x') }],
    ['an unknown field', { displayName: 'Pat', isAdmin: true }],
    ['an array body', [1, 2]],
  ])('refuses %s with 400 validation_failed on POST and PUT', async (_name, body) => {
    const auth = `Bearer ${await api.tokenFor('hostile')}`;
    for (const method of ['post', 'put'] as const) {
      const res = await request(api.app)[method](method === 'post' ? '/api/v1/customers' : '/api/v1/customers/me').set('Authorization', auth).send(body);
      expect([method, res.status, res.body]).toEqual([method, 400, errorEnvelope('validation_failed')]);
    }
  });

  it('refuses malformed JSON with 400 malformed_json', async () => {
    const res = await request(api.app).put('/api/v1/customers/me').set('Authorization', `Bearer ${await api.tokenFor('hostile')}`)
      .set('Content-Type', 'application/json').send('{"displayName":');
    expect([res.status, res.body]).toEqual([400, errorEnvelope('malformed_json')]);
  });
});

describe('security', () => {
  runRouteSecurityTests(() => api, {
    role: 'customer',
    routes: () => ({
      create: { method: 'post', path: '/api/v1/customers', body: {}, isTenantScoped: false },
      me: { method: 'get', path: '/api/v1/customers/me', isTenantScoped: false },
      updateMe: { method: 'put', path: '/api/v1/customers/me', body: { displayName: 'Someone' }, isTenantScoped: false },
    }),
  });
});
