import { auth, commonResponses } from '@salon/contracts-common';
import { buildOpenApiDocument } from '@salon/contracts-common/openapi';
import { AppError } from '@salon/errors';
import { initContract } from '@ts-rest/core';
import { initServer } from '@ts-rest/express';
import pino from 'pino';
import request from 'supertest';
import { z } from 'zod';
import { actorOf, createApiApp, type Readiness } from './index';

const c = initContract();
const contract = c.router(
  {
    echo: {
      method: 'POST',
      path: '/echo',
      body: z.object({ count: z.number().int() }).strict(),
      responses: { 200: z.object({ count: z.number(), by: z.string() }) },
      metadata: auth('user'),
    },
    open: { method: 'GET', path: '/open', responses: { 200: z.object({ ok: z.boolean() }) }, metadata: auth('public') },
    undeclared: { method: 'GET', path: '/undeclared', responses: { 200: z.object({ ok: z.boolean() }) } },
    crash: { method: 'GET', path: '/crash', responses: { 200: z.object({}) }, metadata: auth('public') },
  },
  { pathPrefix: '/api/v1', strictStatusCodes: true, commonResponses },
);

type Actor = { userId: string };
const s = initServer();
const routes = s.router(contract, {
  echo: async ({ body, res }) => ({ status: 200, body: { count: body.count, by: actorOf<Actor>(res).userId } }),
  open: async () => ({ status: 200, body: { ok: true } }),
  undeclared: async () => ({ status: 200, body: { ok: true } }),
  crash: async () => {
    throw new Error('SELECT secret FROM users -- stack and SQL must never leak');
  },
});

function makeApp(readiness: Readiness = { ok: true }) {
  return createApiApp({
    contract,
    routes,
    authenticate: async ({ authorization }) => {
      if (authorization !== 'Bearer good') throw new AppError('unauthenticated', 'Sign in to continue.');
      return { userId: 'u1' } satisfies Actor;
    },
    userIdOf: (actor: Actor) => actor.userId,
    checkReadiness: async () => readiness,
    openApiDocument: buildOpenApiDocument(contract, { title: 'test', version: '1', description: 'test' }),
    logger: pino({ level: 'silent' }),
    responseValidation: true,
  });
}

const expectEnvelope = (body: unknown, code: string) => {
  expect(body).toEqual({
    error: { code, message: expect.any(String), details: expect.any(Array), requestId: expect.any(String) },
  });
};

describe('the HTTP edge', () => {
  const app = makeApp();
  const authed = (req: request.Test) => req.set('Authorization', 'Bearer good');

  it('serves a valid JSON request and echoes a request id', async () => {
    const res = await authed(request(app).post('/api/v1/echo')).send({ count: 2 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ count: 2, by: 'u1' });
    expect(res.headers['x-request-id']).toBeDefined();
  });

  it('keeps a well-formed incoming request id and replaces a hostile one', async () => {
    const kept = await request(app).get('/api/v1/open').set('X-Request-Id', 'trace-12345678');
    expect(kept.headers['x-request-id']).toBe('trace-12345678');
    const replaced = await request(app).get('/api/v1/open').set('X-Request-Id', '<script>alert(1)</script>');
    expect(replaced.headers['x-request-id']).not.toContain('<');
  });

  it.each([
    ['malformed JSON', (r: request.Test) => r.set('Content-Type', 'application/json').send('{"count":'), 400, 'malformed_json'],
    ['a non-JSON content type', (r: request.Test) => r.set('Content-Type', 'text/plain').send('count=1'), 415, 'unsupported_media_type'],
    ['a form body', (r: request.Test) => r.type('form').send({ count: 1 }), 415, 'unsupported_media_type'],
    ['a 200 kB body', (r: request.Test) => r.send({ count: 1, pad: 'x'.repeat(200 * 1024) }), 413, 'payload_too_large'],
    ['a wrong-typed field', (r: request.Test) => r.send({ count: 'two' }), 400, 'validation_failed'],
    ['an unknown field', (r: request.Test) => r.send({ count: 1, admin: true }), 400, 'validation_failed'],
  ])('answers %s with its documented 4xx', async (_name, build, status, code) => {
    const res = await build(authed(request(app).post('/api/v1/echo')));
    expect(res.status).toBe(status);
    expectEnvelope(res.body, code);
  });

  it.each(['gzip', 'deflate', 'br'])('answers a %s body that does not inflate with 400, not 500', async (encoding) => {
    const res = await authed(request(app).post('/api/v1/echo')).set('Content-Type', 'application/json').set('Content-Encoding', encoding).send('xx');
    expect(res.status).toBe(400);
    expectEnvelope(res.body, 'validation_failed');
  });

  it('names the bad field in details', async () => {
    const res = await authed(request(app).post('/api/v1/echo')).send({ count: 'two' });
    expect(res.body.error.details).toEqual([{ path: 'body.count', message: expect.any(String) }]);
  });

  it('answers an unknown route and an unknown method with 404 in the envelope', async () => {
    for (const res of [await request(app).get('/nope'), await request(app).delete('/api/v1/open')]) {
      expect(res.status).toBe(404);
      expectEnvelope(res.body, 'not_found');
    }
  });

  it('refuses a missing or wrong token with 401, and treats an undeclared route as private', async () => {
    for (const res of [
      await request(app).post('/api/v1/echo').send({ count: 1 }),
      await request(app).post('/api/v1/echo').set('Authorization', 'Bearer bad').send({ count: 1 }),
      await request(app).get('/api/v1/undeclared'),
    ]) {
      expect(res.status).toBe(401);
      expectEnvelope(res.body, 'unauthenticated');
    }
  });

  it('turns a crash into a 500 without its message, stack or SQL', async () => {
    const res = await request(app).get('/api/v1/crash');
    expect(res.status).toBe(500);
    expectEnvelope(res.body, 'internal');
    expect(JSON.stringify(res.body)).not.toMatch(/SELECT|secret|stack|at /);
  });

  it('serves health, readiness, the OpenAPI document and the docs page', async () => {
    expect((await request(app).get('/healthz')).status).toBe(200);
    expect((await request(app).get('/readyz')).status).toBe(200);
    const openapi = await request(app).get('/api/v1/openapi.json');
    expect(openapi.body.paths['/api/v1/echo'].post.security).toEqual([{ clerkSession: [] }]);
    expect(openapi.body.paths['/api/v1/open'].get.security).toEqual([]);
    const docs = await request(app).get('/docs/');
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('swagger-ui');
    expect((await request(app).get('/docs/swagger-initializer.js')).text).toContain('/api/v1/openapi.json');
  });

  it('reads an empty JSON body (Content-Length: 0) as {}, and a GET without a body as none', async () => {
    const empty = await request(app).post('/api/v1/echo').set('Authorization', 'Bearer good').set('Content-Type', 'application/json').send('');
    expect(empty.status).toBe(400);
    expect(empty.body.error.details).toEqual([expect.objectContaining({ path: 'body.count' })]);
    expect((await request(app).get('/api/v1/open')).status).toBe(200);
  });

  it('matches the health and docs paths as express does: any case, a trailing slash, /docs without one', async () => {
    for (const path of ['/HEALTHZ', '/healthz/', '/Readyz', '/api/v1/OpenAPI.json', '/docs', '/DOCS/swagger-initializer.js']) {
      const res = await request(app).get(path).redirects(0);
      expect([path, res.status < 400]).toEqual([path, true]);
    }
    for (const path of ['/healthzz', '/docsx', '/api/v1/openapi.jsonx']) expect((await request(app).get(path)).status).toBe(404);
  });

  it('lets /docs render over plain http on any host, and keeps a strict policy on API responses', async () => {
    for (const path of ['/docs/', '/docs/swagger-initializer.js', '/docs/swagger-ui-bundle.js']) {
      const policy = (await request(app).get(path).set('Host', '192.0.2.10:3001')).headers['content-security-policy'];
      expect(policy).not.toContain('upgrade-insecure-requests');
      expect(policy).toContain("script-src 'self'");
    }
    for (const res of [await request(app).get('/api/v1/open'), await request(app).get('/api/v1/openapi.json'), await request(app).get('/nope')]) {
      expect(res.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
    }
  });

  it('fails readiness with 503 until the database is ready', async () => {
    const res = await request(makeApp({ ok: false, reason: 'migrations pending' })).get('/readyz');
    expect(res.status).toBe(503);
    expectEnvelope(res.body, 'unavailable');
  });
});
