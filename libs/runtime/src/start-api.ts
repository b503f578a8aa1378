import { type DatabaseHandle } from '@salon/db';
import { listen, type Logger, type RateLimits, type RunningServer } from '@salon/http';
import { createIdentityContext, type IdentityContext } from '@salon/identity';
import { type Express } from 'express';
import { createRateLimits, type RateLimitConfig } from './create-rate-limits';

/** What every API app is built from. */
export type ApiDeps = {
  ctx: IdentityContext;
  database: DatabaseHandle;
  logger: Logger;
  trustProxy?: number;
  /** Check responses against the contract too (tests turn it on). */
  responseValidation?: boolean;
  /** Unset: a generous in-memory default, so tests never trip it; startApi sets the configured ones. */
  rateLimits?: RateLimits;
  /** Browser origins allowed to call the API (CORS_ORIGINS); unset: none. */
  corsOrigins?: readonly string[];
};

export type ApiConfig = RateLimitConfig & {
  CLERK_JWT_KEY: string;
  CLERK_ISSUER?: string;
  CLERK_AUTHORIZED_PARTIES?: string[];
  TRUST_PROXY: number;
  SHUTDOWN_TIMEOUT_MS: number;
  CORS_ORIGINS: string[];
};

/**
 * Builds an API app's dependencies over an open database and listens on its port.
 * The returned close() drains the server first, then releases the rate limiter's Redis
 * client, so requests in flight can still count against their budget.
 */
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
  const rateLimits = createRateLimits({ name: opts.name, config, logger: opts.logger });
  const app = opts.createApp({
    ctx,
    database,
    logger: opts.logger,
    trustProxy: config.TRUST_PROXY,
    rateLimits: rateLimits.limits,
    corsOrigins: config.CORS_ORIGINS,
  });
  let server: RunningServer;
  try {
    server = await listen(app, opts.port, { drainMs: config.SHUTDOWN_TIMEOUT_MS });
  } catch (error) {
    await rateLimits.close(); // a port in use must not leave a Redis client holding the process open
    throw error;
  }
  opts.logger.info({ port: server.port, sharedRateLimits: Boolean(config.REDIS_URL) }, `${opts.name} listening`);
  return {
    port: server.port,
    close: async () => {
      await server.close();
      await rateLimits.close();
    },
  };
}
