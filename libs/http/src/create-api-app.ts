import { type AppRouter } from '@ts-rest/core';
import { createExpressEndpoints } from '@ts-rest/express';
import express, { type ErrorRequestHandler, type Express, type RequestHandler, type Response } from 'express';
import helmet from 'helmet';
import { type Logger } from 'pino';
import { AppError, isAppError } from '@salon/errors';
import { authenticateByContract, resolvedActor, type Authenticator } from './authenticate';
import { corsFor } from './cors';
import { docsRoutes } from './docs';
import { healthRoutes, type Readiness } from './health';
import { parseJsonBody, requireJsonBody, translateBodyErrors } from './json-body';
import { requestLogging, withSafeErrors } from './logging';
import { limitByAddress, limitByCaller } from './rate-limit';
import { createMemoryRateLimiter, type RateLimits } from './rate-limiter';
import { refuseNulBytes } from './refuse-nul-bytes';
import { refuseUnexpectedBody } from './refuse-unexpected-body';
import { requestId } from './request-id';
import { requireHost } from './require-host';
import { sendError } from './send-error';
import { toValidationAppError } from './validation-errors';

type RouterFor<TContract extends AppRouter> = Parameters<typeof createExpressEndpoints<TContract>>[1];

export type ApiAppOptions<TContract extends AppRouter, TActor> = {
  contract: TContract;
  /** The ts-rest implementation of `contract` (from `initServer().router`). */
  routes: RouterFor<TContract>;
  authenticate: Authenticator<TActor>;
  userIdOf: (actor: TActor) => string;
  checkReadiness: () => Promise<Readiness>;
  openApiDocument: object;
  logger: Logger;
  /** How many proxy hops to trust for the client address (0 = none). */
  trustProxy?: number;
  /** Validate responses against the contract too (on in tests: it catches data leaks). */
  responseValidation?: boolean;
  /** The budgets every request outside health and docs spends from; unset: a generous in-memory default. */
  rateLimits?: RateLimits;
  /**
   * Recognises failures that are not bugs (e.g. the database is down or not migrated yet) and
   * says how to answer them; anything it returns undefined for stays a 500.
   */
  classifyError?: (error: unknown) => AppError | undefined;
  /** Browser origins allowed to call the API (CORS); unset or empty: none. */
  corsOrigins?: readonly string[];
};

// High enough that no test or local run trips it; real processes pass configured limits.
const GENEROUS_LIMIT = 10_000;

/**
 * The one HTTP edge both APIs share: request ids, logs, security headers, health and docs,
 * rate limits, JSON-only bodies up to 100 kB, contract-declared auth, and every error in one
 * envelope. It never listens: tests call it directly and main.ts decides the port.
 */
export function createApiApp<TContract extends AppRouter, TActor>(opts: ApiAppOptions<TContract, TActor>): Express {
  const limits = opts.rateLimits ?? generousRateLimits();
  const logger = withSafeErrors(opts.logger);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', opts.trustProxy ?? 0);
  app.use(requestId());
  app.use(requireHost());
  app.use(requestLogging(logger, (res: Response) => {
    const actor = resolvedActor<TActor>(res);
    return actor === undefined ? undefined : opts.userIdOf(actor);
  }));
  // API responses are JSON: a browser that opens one directly may load and frame nothing.
  // The docs page replaces this with its own policy (docs.ts).
  app.use(helmet({ contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } } }));
  if (opts.corsOrigins?.length) app.use(corsFor(opts.corsOrigins));
  app.use(onlyFor(HEALTH_AND_DOCS, healthRoutes(opts.checkReadiness), docsRoutes(opts.openApiDocument)));
  // Everything past health and docs is limited, and before the body is read, so a flood is cheap to refuse.
  app.use(limitByAddress(limits.byAddress, logger));
  app.use(requireJsonBody(), parseJsonBody(), translateBodyErrors());
  createExpressEndpoints(opts.contract, opts.routes, app, {
    logInitialization: false,
    jsonQuery: false,
    responseValidation: opts.responseValidation ?? false,
    globalMiddleware: [
      authenticateByContract(opts.authenticate),
      limitByCaller(limits.byCaller, opts.userIdOf, logger),
      refuseNulBytes(),
      refuseUnexpectedBody(),
    ],
    requestValidationErrorHandler: (error, req, _res, next) => next(toValidationAppError(error, req.query as Record<string, unknown>)),
  });
  app.use((_req, _res, next) => next(new AppError('not_found', 'No such endpoint. See /docs for the API.')));
  app.use(errorHandler(logger, opts.classifyError));
  return app;
}

/**
 * The paths health and docs answer (express matches them case-insensitively, with or without a
 * trailing slash, and `/docs` with anything under it): every other request skips both routers.
 */
const HEALTH_AND_DOCS = /^\/(?:healthz|readyz|docs|api\/v1\/openapi\.json)(?:\/|$)/i;

/** `routers` in turn for a request whose path matches `paths`; any other request goes straight on. */
function onlyFor(paths: RegExp, ...routers: RequestHandler[]): RequestHandler {
  const chain = express.Router();
  chain.use(...routers);
  return (req, res, next) => (paths.test(req.path) ? chain(req, res, next) : next());
}

function generousRateLimits(): RateLimits {
  const budget = { limit: GENEROUS_LIMIT, windowSeconds: 60 };
  return { byAddress: createMemoryRateLimiter(budget), byCaller: createMemoryRateLimiter(budget) };
}

/** Last in the chain: logs what was not expected, then answers in the envelope. */
function errorHandler(logger: Logger, classify?: (error: unknown) => AppError | undefined): ErrorRequestHandler {
  return (thrown: unknown, req, res, next) => {
    if (res.headersSent) {
      next(thrown);
      return;
    }
    const error = isAppError(thrown) ? thrown : (badUrlError(thrown) ?? classify?.(thrown) ?? thrown);
    if (!isAppError(error) || error.code === 'internal') {
      logger.error({ err: thrown, requestId: req.requestId }, 'unhandled error');
    } else if (error.code === 'unavailable') {
      logger.warn({ err: thrown, requestId: req.requestId }, 'dependency unavailable');
    }
    sendError(req, res, error);
  };
}

/**
 * The router decodes path parameters before any handler runs; a broken percent-encoding
 * (`/shops/%E0%A4%A`) throws a URIError there. That is the caller's malformed URL, not a bug.
 */
function badUrlError(thrown: unknown): AppError | undefined {
  if (!(thrown instanceof URIError)) return undefined;
  return new AppError('validation_failed', 'The URL is not valid: it has a broken percent-encoding.', {
    details: [{ path: 'params', message: 'Encode the path with encodeURIComponent.' }],
  });
}
