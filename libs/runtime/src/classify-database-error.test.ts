import { createClerkTokenVerifier } from '@salon/auth';
import { createTestSigner } from '@salon/auth/testing';
import { API_ROUTER_OPTIONS, auth, pageOf } from '@salon/contracts-common';
import { createDatabase, migrate, shops, type DatabaseHandle } from '@salon/db';
import { initContract } from '@ts-rest/core';
import { initServer } from '@ts-rest/express';
import pino from 'pino';
import request from 'supertest';
import { z } from 'zod';
import { createContractApp } from './create-contract-app';

const c = initContract();
const contract = c.router(
  {
    shops: { method: 'GET', path: '/probe', responses: { 200: pageOf(z.object({ id: z.string() })) }, metadata: auth('public') },
  },
  API_ROUTER_OPTIONS,
);

describe('a process whose database is not migrated yet', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createDatabase(); // a fresh in-memory PGlite, deliberately not migrated
  });
  afterAll(() => database.close());

  const makeApp = () => {
    const signer = createTestSigner();
    const ctx = { db: database.db, now: () => new Date(), verifier: createClerkTokenVerifier({ jwtKey: signer.publicKeyPem }) };
    const routes = initServer().router(contract, {
      shops: async () => ({ status: 200, body: { items: await database.db.select({ id: shops.id }).from(shops), nextCursor: null } }),
    });
    return createContractApp({ deps: { ctx, database, logger: pino({ level: 'silent' }) }, contract, routes, openApiDocument: {} });
  };

  it('answers readiness and requests with 503 unavailable and Retry-After, never a 500, until migrated', async () => {
    const app = makeApp();
    expect((await request(app).get('/readyz')).status).toBe(503);
    const early = await request(app).get('/api/v1/probe');
    expect(early.status).toBe(503);
    expect(early.body.error.code).toBe('unavailable');
    expect(early.headers['retry-after']).toBe('5');

    await migrate(database);
    expect((await request(app).get('/readyz')).status).toBe(200);
    expect((await request(app).get('/api/v1/probe')).status).toBe(200);
  });
});
