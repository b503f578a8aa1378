import request from 'supertest';
import { errorEnvelope } from './auth-route-tests';
import { type TestApi } from './create-test-api';

/** A route with a request that succeeds, so a NUL in one field is the only thing wrong. */
export type NulByteRoute = {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  body?: object;
  query?: Record<string, string>;
  /** The caller; unset for public routes. */
  token?: () => Promise<string>;
};

type Leaf = { path: string; with: (value: string) => unknown };

/** Every string leaf of `value`, each with a function that rebuilds `value` with that leaf replaced. */
export function stringLeaves(value: unknown, path: string): Leaf[] {
  if (typeof value === 'string') return [{ path, with: (replacement) => replacement }];
  if (Array.isArray(value)) {
    return value.flatMap((item, index) =>
      stringLeaves(item, `${path}.${index}`).map((leaf) => ({
        path: leaf.path,
        with: (replacement: string) => value.map((other, i) => (i === index ? leaf.with(replacement) : other)),
      })),
    );
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) =>
      stringLeaves(child, `${path}.${key}`).map((leaf) => ({
        path: leaf.path,
        with: (replacement: string) => ({ ...value, [key]: leaf.with(replacement) }),
      })),
    );
  }
  return [];
}

const withNul = (value: string) => `${value.slice(0, 1)}\u0000${value.slice(1)}`;

/**
 * PostgreSQL text cannot hold U+0000. For each route, sends its valid request again once per
 * string field of the body and the query, with a NUL inside that one field, and expects 400
 * `validation_failed` naming it (`body.displayName`, `query.cursor`): never a 500.
 * `routes` is read after the file's `beforeAll`, so it may use ids made there.
 * @example runNulByteTests(() => api, { routes: () => ({ rename: { method: 'put', path: '/api/v1/auth/profile', body: { displayName: 'Ann' }, token } }) });
 */
export function runNulByteTests(getApi: () => TestApi, opts: { routes: () => Record<string, NulByteRoute> }) {
  it('refuses a NUL byte in any string field with 400 validation_failed on that field', async () => {
    for (const [name, route] of Object.entries(opts.routes())) {
      const cases = [
        ...stringLeaves(route.body, 'body').map((leaf) => ({ path: leaf.path, body: leaf.with, query: () => route.query })),
        ...stringLeaves(route.query, 'query').map((leaf) => ({ path: leaf.path, body: () => route.body, query: leaf.with })),
      ];
      expect({ name, fields: cases.length }).not.toEqual({ name, fields: 0 });
      for (const field of cases) {
        const original = field.path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], route);
        const res = await send(getApi(), route, field.body(withNul(String(original))), field.query(withNul(String(original))));
        expect({ name, field: field.path, status: res.status, body: res.body }).toEqual({
          name,
          field: field.path,
          status: 400,
          body: errorEnvelope('validation_failed'),
        });
        expect({ name, details: res.body.error.details }).toEqual({
          name,
          details: expect.arrayContaining([{ path: field.path, message: expect.stringContaining('NUL') }]),
        });
      }
    }
  });
}

async function send(api: TestApi, route: NulByteRoute, body: unknown, query: unknown) {
  const token = route.token ? await route.token() : undefined;
  let req = request(api.app)[route.method](route.path);
  if (token) req = req.set('Authorization', `Bearer ${token}`);
  if (query !== undefined) req = req.query(query as Record<string, string>);
  return body === undefined ? req : req.send(body as object);
}
