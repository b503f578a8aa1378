import request from 'supertest';
import { errorEnvelope } from './auth-route-tests';
import { type TestApi } from './create-test-api';

/** One route as the security suite calls it; ids in `path` belong to a tenant the caller is not. */
export type SecuredRoute = {
  method: 'get' | 'post' | 'put' | 'delete';
  /** Full path with another tenant's ids filled in, e.g. `/api/v1/shops/<their shop id>`. */
  path: string;
  /** A valid body, so only the caller's identity can be the reason for a refusal. */
  body?: object;
  /** False for routes that name no tenant id (e.g. `GET /shops/my-shops`): no 404 case. */
  isTenantScoped?: boolean;
};

/**
 * The route × identity suite every protected route runs (DEVELOPERS.md, non-negotiable 4):
 * no token → 401; a token of the other side only (a customer on an owner route) → 403;
 * a caller of the right role naming another tenant's ids → 404 `not_found`, never 403 and never
 * their data. `routes` is read after the file's `beforeAll`, so it may use ids made there.
 */
export function runRouteSecurityTests(
  getApi: () => TestApi,
  opts: { role: 'owner' | 'customer'; routes: () => Record<string, SecuredRoute> },
) {
  const send = (route: SecuredRoute, token?: string) => {
    let req = request(getApi().app)[route.method](route.path);
    if (token) req = req.set('Authorization', `Bearer ${token}`);
    return route.body === undefined ? req : req.send(route.body);
  };
  const each = (test: (name: string, route: SecuredRoute) => Promise<void>) => async () => {
    for (const [name, route] of Object.entries(opts.routes())) await test(name, route);
  };

  it('refuses every route without a token: 401 unauthenticated', each(async (name, route) => {
    const res = await send(route);
    expect({ name, status: res.status, body: res.body }).toEqual({ name, status: 401, body: errorEnvelope('unauthenticated') });
  }));

  if (opts.role === 'owner') {
    it('refuses every route to a customer who is not an owner: 403 forbidden', each(async (name, route) => {
      const res = await send(route, await getApi().tokenFor('security-customer-only', { role: 'customer' }));
      expect({ name, status: res.status, body: res.body }).toEqual({ name, status: 403, body: errorEnvelope('forbidden') });
    }));
  }

  it('answers another tenant\'s ids with 404 not_found, never their data', each(async (name, route) => {
    if (route.isTenantScoped === false) return;
    const res = await send(route, await getApi().tokenFor(`security-other-${opts.role}`, { role: opts.role }));
    expect({ name, status: res.status, body: res.body }).toEqual({ name, status: 404, body: errorEnvelope('not_found') });
  }));
}
