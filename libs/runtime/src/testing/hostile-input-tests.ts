import request from 'supertest';
import { errorEnvelope } from './auth-route-tests';
import { type TestApi } from './create-test-api';
import { runNulByteTests } from './nul-byte-tests';

/**
 * What anyone can send must get its documented 4xx in the envelope, never a 500:
 * run by every API over its real app, so the whole middleware chain is under test.
 */
export function runHostileInputTests(getApi: () => TestApi) {
  // A supertest request is a thenable: build it only after the token is in hand, never await it early.
  const register = (token: string) =>
    request(getApi().app).post('/api/v1/auth/register').set('Authorization', `Bearer ${token}`);

  it.each([
    ['malformed JSON', (r: request.Test) => r.set('Content-Type', 'application/json').send('{"role":'), 400, 'malformed_json'],
    ['a non-JSON content type', (r: request.Test) => r.set('Content-Type', 'text/plain').send('role=owner'), 415, 'unsupported_media_type'],
    ['a 200 kB body', (r: request.Test) => r.send({ role: 'owner', pad: 'x'.repeat(200 * 1024) }), 413, 'payload_too_large'],
    ['a wrong-typed field', (r: request.Test) => r.send({ role: ['owner'] }), 400, 'validation_failed'],
    ['a JSON array body', (r: request.Test) => r.send([1, 2]), 400, 'validation_failed'],
    // Valid JSON, just not an object: the same code as an array body, and a message that says so.
    ['a JSON null body', (r: request.Test) => r.set('Content-Type', 'application/json').send('null'), 400, 'validation_failed'],
    ['a JSON string body', (r: request.Test) => r.set('Content-Type', 'application/json').send('"owner"'), 400, 'validation_failed'],
  ])('answers %s with its documented 4xx', async (_name, build, status, code) => {
    const res = await build(register(await getApi().tokenFor('hostile')));
    expect(res.status).toBe(status);
    expect(res.body).toEqual(errorEnvelope(code));
  });

  it('says a body of null is not an object, rather than not JSON', async () => {
    const res = await register(await getApi().tokenFor('hostile')).set('Content-Type', 'application/json').send('null');
    expect(res.body.error).toMatchObject({ message: 'The body must be a JSON object.', details: [{ path: 'body', message: expect.any(String) }] });
  });

  it('lists a field that fails several checks once, with each reason', async () => {
    const res = await request(getApi().app).put('/api/v1/auth/profile')
      .set('Authorization', `Bearer ${await getApi().tokenFor('two-checks')}`).send({ phone: 'ab' });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([
      { path: 'body.phone', message: 'Must be at least 5 characters. Expected a phone number such as +44 20 7946 0000.' },
    ]);
    expect(res.body.error.message).toBe('Some fields are invalid: body.phone.');
  });

  runNulByteTests(getApi, {
    routes: () => ({
      register: {
        method: 'post',
        path: '/api/v1/auth/register',
        body: { role: 'customer', displayName: 'Nel', phone: '+44 20 7946 0000', businessName: 'Nel Nails' },
        token: () => getApi().tokenFor('nul-register'),
      },
      updateProfile: {
        method: 'put',
        path: '/api/v1/auth/profile',
        body: { displayName: 'Nel', phone: '+44 20 7946 0000', email: 'nel@example.test' },
        token: () => getApi().tokenFor('nul-profile'),
      },
    }),
  });

  it('refuses a NUL in a query parameter or a path no route declares, never a 500', async () => {
    const query = await request(getApi().app).get('/api/v1/auth/me').query({ extra: 'a\u0000b' })
      .set('Authorization', `Bearer ${await getApi().tokenFor('nul-query')}`);
    expect(query.status).toBe(400);
    expect(query.body.error.details).toEqual([{ path: 'query.extra', message: expect.stringContaining('NUL') }]);
    expect((await request(getApi().app).get('/api/v1/auth/me%00')).status).toBe(404);
  });

  it('strips a NUL from the name and email a token carries, and refuses one in its user id', async () => {
    const token = await getApi().tokenFor('nul-claims', { extra: { name: 'Nu\u0000ll', email: 'nu\u0000ll@example.test' } });
    const me = await request(getApi().app).get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ displayName: 'Null', email: 'null@example.test' });
    const badSub = await getApi().tokenFor('nul\u0000sub'); // sub: user_nul\u0000sub
    const refused = await request(getApi().app).get('/api/v1/auth/me').set('Authorization', `Bearer ${badSub}`);
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual(errorEnvelope('unauthenticated'));
  });

  it('answers a broken percent-encoding in a path parameter with 400, not a router 500', async () => {
    for (const path of ['/api/v1/shops/%E0%A4%A', '/api/v1/shops/%ff', '/api/v1/shops/%']) {
      const res = await request(getApi().app).get(path).set('Authorization', `Bearer ${await getApi().tokenFor('bad-url')}`);
      expect({ path, status: res.status, body: res.body }).toEqual({ path, status: 400, body: errorEnvelope('validation_failed') });
    }
  });

  it('refuses line breaks and control characters in a one-line field (they would start new lines in emails and calendars)', async () => {
    for (const displayName of ['Nina\r\nBEGIN:VEVENT', 'a\u001bb', 'tab\there']) {
      const res = await request(getApi().app).put('/api/v1/auth/profile')
        .set('Authorization', `Bearer ${await getApi().tokenFor('control')}`).send({ displayName });
      expect({ displayName, status: res.status, path: res.body.error?.details?.[0]?.path }).toEqual({ displayName, status: 400, path: 'body.displayName' });
    }
  });

  it.each([
    ['GET', '/api/v1/nothing-here'],
    ['GET', '/'],
    ['PATCH', '/api/v1/auth/me'],
    ['GET', '/api/v1/auth/me/../../etc/passwd'],
  ])('answers %s %s with 404 not_found', async (method, path) => {
    const res = await request(getApi().app)[method.toLowerCase() as 'get'](path);
    expect(res.status).toBe(404);
    expect(res.body).toEqual(errorEnvelope('not_found'));
  });

  it('reports the rate limit on API routes, and never limits health or docs', async () => {
    const res = await request(getApi().app).get('/api/v1/auth/me').set('Authorization', `Bearer ${await getApi().tokenFor('counted')}`);
    expect(res.status).toBe(200);
    for (const header of ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset']) expect(res.headers[header]).toMatch(/^\d+$/);
    for (const path of ['/healthz', '/readyz', '/docs/']) {
      expect((await request(getApi().app).get(path)).headers['ratelimit-limit']).toBeUndefined();
    }
  });

  it('serves health, its OpenAPI document and /docs', async () => {
    expect((await request(getApi().app).get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await request(getApi().app).get('/readyz')).status).toBe(200);
    const doc = await request(getApi().app).get('/api/v1/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.paths['/api/v1/auth/me']).toBeDefined();
    expect((await request(getApi().app).get('/docs/')).text).toContain('swagger-ui');
  });
}
