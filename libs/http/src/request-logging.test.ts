import { auth, commonResponses } from '@salon/contracts-common';
import { initContract } from '@ts-rest/core';
import { initServer } from '@ts-rest/express';
import pino from 'pino';
import request from 'supertest';
import { z } from 'zod';
import { actorOf, createApiApp } from './index';

// The edge's one line per request: its shape, its level by status, and nothing at all below the
// logger's level (the line is not even built).
const c = initContract();
const contract = c.router(
  {
    echo: { method: 'POST', path: '/echo', body: z.object({ count: z.number() }), responses: { 200: z.object({ by: z.string() }) }, metadata: auth('user') },
    crash: { method: 'GET', path: '/crash', responses: { 200: z.object({}) }, metadata: auth('public') },
  },
  { pathPrefix: '/api/v1', strictStatusCodes: true, commonResponses },
);
const routes = initServer().router(contract, {
  echo: async ({ res }) => ({ status: 200, body: { by: actorOf<{ userId: string }>(res).userId } }),
  crash: async () => {
    throw new Error('boom');
  },
});

function appLoggingAt(level: string) {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level }, { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) });
  const app = createApiApp({
    contract, routes, logger, openApiDocument: {},
    authenticate: async () => ({ userId: 'u1' }),
    userIdOf: (actor: { userId: string }) => actor.userId,
    checkReadiness: async () => ({ ok: true }),
  });
  return { app, requestLines: () => lines.filter((line) => line['msg'] !== 'unhandled error') };
}

describe('request logging', () => {
  it('writes one line per request with id, user, path without its query, status and latency; levels by status', async () => {
    const { app, requestLines } = appLoggingAt('info');
    const ok = await request(app).post('/api/v1/echo?token=secret').set('Authorization', 'Bearer x').send({ count: 1 });
    await request(app).get('/api/v1/nope');
    await request(app).get('/api/v1/crash');
    await request(app).get('/healthz');
    expect(requestLines()).toEqual([
      expect.objectContaining({
        level: 30, msg: 'request completed', userId: 'u1', responseTime: expect.any(Number),
        req: { id: ok.headers['x-request-id'], method: 'POST', path: '/api/v1/echo' }, res: { statusCode: 200 },
      }),
      expect.objectContaining({ level: 40, msg: 'request completed', req: expect.objectContaining({ path: '/api/v1/nope' }), res: { statusCode: 404 } }),
      expect.objectContaining({ level: 50, msg: 'request errored', res: { statusCode: 500 }, err: expect.objectContaining({ message: 'failed with status code 500' }) }),
    ]);
    expect(JSON.stringify(requestLines())).not.toContain('secret');
  });

  it('at warn, a 2xx writes nothing and a 4xx still writes its line', async () => {
    const { app, requestLines } = appLoggingAt('warn');
    await request(app).post('/api/v1/echo').set('Authorization', 'Bearer x').send({ count: 1 });
    await request(app).get('/api/v1/nope');
    expect(requestLines().map((line) => [line['level'], (line['res'] as { statusCode: number }).statusCode])).toEqual([[40, 404]]);
  });
});
