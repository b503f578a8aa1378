import { createClerkTokenVerifier } from '@salon/auth';
import { createTestSigner } from '@salon/auth/testing';
import { API_ROUTER_OPTIONS, auth } from '@salon/contracts-common';
import { owners, users } from '@salon/db';
import { useTestDatabase } from '@salon/db/testing';
import { initContract } from '@ts-rest/core';
import { initServer } from '@ts-rest/express';
import pino from 'pino';
import request from 'supertest';
import { z } from 'zod';
import { createContractApp } from './create-contract-app';

// Routes that deliberately send what the user typed straight to the database, unvalidated,
// so the database refuses it: the 500's log line must say which query and SQLSTATE, never the value.
const c = initContract();
const contract = c.router(
  {
    badUuid: { method: 'POST', path: '/bad-uuid', body: z.object({ value: z.string() }), responses: { 200: z.object({}) }, metadata: auth('public') },
    duplicate: { method: 'POST', path: '/duplicate', body: z.object({ value: z.string() }), responses: { 200: z.object({}) }, metadata: auth('public') },
  },
  API_ROUTER_OPTIONS,
);

describe('a database error in the logs', () => {
  const database = useTestDatabase();
  const lines: string[] = [];

  const makeApp = () => {
    const signer = createTestSigner();
    const db = database().db;
    const ctx = { db, now: () => new Date(), verifier: createClerkTokenVerifier({ jwtKey: signer.publicKeyPem }) };
    const routes = initServer().router(contract, {
      badUuid: async ({ body }) => {
        await db.insert(owners).values({ userId: body.value, businessName: body.value });
        return { status: 200, body: {} };
      },
      duplicate: async ({ body }) => {
        await db.insert(users).values({ clerkUserId: body.value });
        await db.insert(users).values({ clerkUserId: body.value });
        return { status: 200, body: {} };
      },
    });
    // A plain pino, as tests and launchers pass: the edge adds the safe serializer itself.
    const logger = pino({ level: 'error' }, { write: (line: string) => lines.push(line) });
    return createContractApp({ deps: { ctx, database: database(), logger }, contract, routes, openApiDocument: {} });
  };

  it.each([
    ['a value the column type refuses (22P02)', '/api/v1/bad-uuid', '22P02', undefined],
    ['a unique violation (23505)', '/api/v1/duplicate', '23505', 'users_clerk_user_id_unique'],
  ])('logs %s with its SQLSTATE and constraint, without the values sent', async (_name, path, code, constraint) => {
    lines.length = 0;
    const secret = `secret-${Math.random().toString(36).slice(2)}`;
    const res = await request(makeApp()).post(path).send({ value: secret });
    expect(res.status).toBe(500);
    expect(JSON.stringify(res.body)).not.toContain(secret);
    const logged = lines.join('\n');
    expect(logged).toContain('unhandled error');
    expect(logged).toContain(`"code":"${code}"`);
    expect(logged).toMatch(/insert into \\"(owners|users)\\"/);
    if (constraint) expect(logged).toContain(constraint);
    expect(logged).not.toContain(secret);
  });
});
