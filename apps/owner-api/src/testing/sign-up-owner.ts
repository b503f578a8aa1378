import { type TestApi } from '@salon/runtime/testing';
import request from 'supertest';

/** A signed-in owner of a test API: their token and the owner profile id that shops belong to. */
export type TestOwner = { token: string; ownerId: string; userId: string };

/**
 * Signs a person up as an owner the way a client does (a token with the owner role, then
 * GET /auth/me), so factories can create shops for the same owner the API sees.
 */
export async function signUpOwner(api: TestApi, name: string): Promise<TestOwner> {
  const token = await api.tokenFor(name, { role: 'owner' });
  const res = await request(api.app).get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);
  if (res.status !== 200 || !res.body.owner) throw new Error(`could not sign up owner ${name}: ${res.status}`);
  return { token, ownerId: res.body.owner.id, userId: res.body.id };
}
