import request from 'supertest';
import { type TestApi } from './create-test-api';

/** The error envelope, whatever the code: every error response must have this shape. */
export const errorEnvelope = (code: string) => ({
  error: { code, message: expect.any(String), details: expect.any(Array), requestId: expect.any(String) },
});

/**
 * The security suite every API runs over its /auth routes: no token, a garbage token, an
 * expired token, a token from another key and a logged-out session's token all get 401.
 */
export function runAuthRouteTests(getApi: () => TestApi) {
  const me = () => request(getApi().app).get('/api/v1/auth/me');

  it('answers GET /auth/me with a valid token, creating the user on first sight', async () => {
    const res = await me().set('Authorization', `Bearer ${await getApi().tokenFor('newcomer')}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ clerkUserId: 'user_newcomer', email: 'newcomer@example.test', roles: [] });
  });

  it.each([
    ['no token', async () => undefined],
    ['a garbage token', async () => 'Bearer not.a.jwt'],
    ['another scheme', async () => 'Basic dXNlcjpwYXNz'],
    ['an expired token', async () => `Bearer ${await getApi().tokenFor('late', { expiresIn: -60 })}`],
  ])('refuses %s with 401 in the error shape', async (_name, header) => {
    const value = await header();
    const res = value ? await me().set('Authorization', value) : await me();
    expect(res.status).toBe(401);
    expect(res.body).toEqual(errorEnvelope('unauthenticated'));
  });

  it('refuses a logged-out session but not another session of the same user', async () => {
    const token = await getApi().tokenFor('leaver', { sid: 'sess_leaver_1' });
    const other = await getApi().tokenFor('leaver', { sid: 'sess_leaver_2' });
    const out = await request(getApi().app).post('/api/v1/auth/logout').set('Authorization', `Bearer ${token}`);
    expect(out.status).toBe(204);
    const after = await me().set('Authorization', `Bearer ${token}`);
    expect(after.status).toBe(401);
    expect(after.body).toEqual(errorEnvelope('unauthenticated'));
    expect((await me().set('Authorization', `Bearer ${other}`)).status).toBe(200);
  });

  it('registers a profile once: a second register changes nothing, PUT /auth/profile does', async () => {
    const auth = `Bearer ${await getApi().tokenFor('rita', { extra: { name: undefined } })}`;
    const register = (body: object) => request(getApi().app).post('/api/v1/auth/register').set('Authorization', auth).send(body);
    const first = await register({ role: 'customer', displayName: 'Rita', phone: '+44 20 7946 0001' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ roles: ['customer'], displayName: 'Rita', phone: '+44 20 7946 0001', customer: { phone: '+44 20 7946 0001' } });
    const again = await register({ role: 'customer', displayName: 'Someone Else', phone: '+1 212 555 0100' });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const updated = await request(getApi().app).put('/api/v1/auth/profile').set('Authorization', auth).send({ displayName: 'Rita B', phone: '+44 20 7946 0000' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ displayName: 'Rita B', phone: '+44 20 7946 0000' });
  });

  it('fills the phone of a customer profile made just in time, and only empty user fields', async () => {
    const auth = `Bearer ${await getApi().tokenFor('jit_shopper', { role: 'customer' })}`;
    const before = await request(getApi().app).get('/api/v1/auth/me').set('Authorization', auth);
    expect(before.body).toMatchObject({ displayName: 'jit_shopper', phone: null, customer: { phone: null } });
    const res = await request(getApi().app).post('/api/v1/auth/register').set('Authorization', auth)
      .send({ role: 'customer', displayName: 'Not Me', phone: '+44 20 7946 0002' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ displayName: 'jit_shopper', phone: '+44 20 7946 0002', customer: { id: before.body.customer.id, phone: '+44 20 7946 0002' } });
  });

  it.each([
    ['a wrong-typed field', { role: 42 }],
    ['an unknown role', { role: 'admin' }],
    ['an unknown field', { role: 'customer', isAdmin: true }],
  ])('answers register with %s with 400 validation_failed', async (_name, body) => {
    const auth = `Bearer ${await getApi().tokenFor('typo')}`;
    const res = await request(getApi().app).post('/api/v1/auth/register').set('Authorization', auth).send(body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual(errorEnvelope('validation_failed'));
  });
}
