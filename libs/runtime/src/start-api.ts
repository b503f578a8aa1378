import { type DatabaseHandle } from '@salon/db';
import { listen, type Logger, type RunningServer } from '@salon/http';
import { createIdentityContext, type IdentityContext } from '@salon/identity';
import { type Express } from 'express';

/** What every API app is built from. */
export type ApiDeps = {
  ctx: IdentityContext;
  database: DatabaseHandle;
  logger: Logger;
  trustProxy?: number;
  /** Check responses against the contract too (tests turn it on). */
  responseValidation?: boolean;
};

export type ApiConfig = {
  CLERK_JWT_KEY: string;
  CLERK_ISSUER?: string;
  CLERK_AUTHORIZED_PARTIES?: string[];
  TRUST_PROXY: number;
  SHUTDOWN_TIMEOUT_MS: number;
};

/** Builds an API app's dependencies over an open database and listens on its port. */
export async function startApi(opts: {
  name: string;
  port: number;
  config: ApiConfig;
  database: DatabaseHandle;
  logger: Logger;
  createApp: (deps: ApiDeps) => Express;
}): Promise<RunningServer> {
  const { config, database } = opts;
  const ctx = createIdentityContext({
    db: database.db,
    now: () => new Date(),
    clerk: { jwtKey: config.CLERK_JWT_KEY, issuer: config.CLERK_ISSUER, authorizedParties: config.CLERK_AUTHORIZED_PARTIES },
  });
  const app = opts.createApp({ ctx, database, logger: opts.logger, trustProxy: config.TRUST_PROXY });
  const server = await listen(app, opts.port, { drainMs: config.SHUTDOWN_TIMEOUT_MS });
  opts.logger.info({ port: server.port }, `${opts.name} listening`);
  return server;
}
