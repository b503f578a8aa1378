import { auth, commonResponses } from '@salon/contracts-common';
import { buildOpenApiDocument } from '@salon/contracts-common/openapi';
import { AppError } from '@salon/errors';
import { initContract } from '@ts-rest/core';
import { initServer } from '@ts-rest/express';
import pino, { type Logger } from 'pino';
import { z } from 'zod';
import { actorOf } from '../authenticate';
import { createApiApp } from '../create-api-app';
import { type RateLimits } from '../rate-limiter';

// Only this lib's rate-limit tests use this: a user route and a public route behind the real edge.
const c = initContract();
const contract = c.router(
  {
    me: { method: 'GET', path: '/me', responses: { 200: z.object({ userId: z.string() }) }, metadata: auth('user') },
    open: { method: 'GET', path: '/open', responses: { 200: z.object({ ok: z.boolean() }) }, metadata: auth('public') },
  },
  { pathPrefix: '/api/v1', strictStatusCodes: true, commonResponses },
);

type Actor = { userId: string };
const routes = initServer().router(contract, {
  me: async ({ res }) => ({ status: 200, body: { userId: actorOf<Actor>(res).userId } }),
  open: async () => ({ status: 200, body: { ok: true } }),
});

/** The edge over the test contract; `Bearer user-<id>` signs in as user <id>. */
export function makeRateLimitedApp(rateLimits: RateLimits, opts: { trustProxy?: number; logger?: Logger; corsOrigins?: string[] } = {}) {
  return createApiApp({
    contract,
    routes,
    authenticate: async ({ authorization }) => {
      const userId = /^Bearer user-(\w+)$/.exec(authorization ?? '')?.[1];
      if (!userId) throw new AppError('unauthenticated', 'Sign in to continue.');
      return { userId } satisfies Actor;
    },
    userIdOf: (actor: Actor) => actor.userId,
    checkReadiness: async () => ({ ok: true }),
    openApiDocument: buildOpenApiDocument(contract, { title: 'test', version: '1', description: 'test' }),
    logger: opts.logger ?? pino({ level: 'silent' }),
    trustProxy: opts.trustProxy,
    responseValidation: true,
    rateLimits,
    corsOrigins: opts.corsOrigins,
  });
}
