import { createTestSigner } from '@salon/auth/testing';
import { type DatabaseHandle } from '@salon/db';
import { createTestDatabase, type TestDatabaseOptions } from '@salon/db/testing';
import { createIdentityContext } from '@salon/identity';
import { type Express } from 'express';
import pino from 'pino';
import { type ApiDeps } from '../start-api';

export type TestApi = {
  app: Express;
  database: DatabaseHandle;
  /** A valid session token for a person; the same name is the same Clerk user. */
  tokenFor(
    name: string,
    opts?: { role?: 'owner' | 'customer'; sid?: string; expiresIn?: string | number; extra?: Record<string, unknown> },
  ): Promise<string>;
  close(): Promise<void>;
};

/**
 * An API app over a fresh database of its own (one per test file), with the real Clerk
 * verifier trusting a key pair made for this file. Responses are validated against the
 * contract, so a handler that leaks a field fails its test. `now` is the app's one clock (the
 * scheduling cases are dated): tokens are still checked against real time. `database` sizes the
 * pool (e.g. `{ maxConnections: 25 }` for tests that race many requests on PostgreSQL).
 * `sharedDatabase`: run over another TestApi's database instead (a second replica of an API, or
 * the other API); close() then leaves it open for its owner to close.
 */
export async function createTestApi(
  createApp: (deps: ApiDeps) => Express,
  opts: { now?: () => Date; corsOrigins?: readonly string[]; database?: TestDatabaseOptions; sharedDatabase?: DatabaseHandle } = {},
): Promise<TestApi> {
  const database = opts.sharedDatabase ?? (await createTestDatabase(opts.database));
  const signer = createTestSigner();
  const ctx = createIdentityContext({ db: database.db, now: opts.now ?? (() => new Date()), clerk: { jwtKey: signer.publicKeyPem } });
  const app = createApp({ ctx, database, logger: pino({ level: 'silent' }), responseValidation: true, corsOrigins: opts.corsOrigins });
  return {
    app,
    database,
    tokenFor: (name, opts = {}) =>
      signer.sign({
        sub: `user_${name}`,
        sid: opts.sid ?? `sess_${name}_${Math.random().toString(36).slice(2)}`,
        email: `${name}@example.test`,
        name,
        role: opts.role,
        expiresIn: opts.expiresIn ?? '1h',
        extra: opts.extra,
      }),
    close: async () => {
      if (!opts.sharedDatabase) await database.close();
    },
  };
}
