import { type Request, type RequestHandler, type Response } from 'express';
import pino, { type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { serializeError } from './serialize-error';

export type { Logger } from 'pino';

/**
 * A JSON logger that can never print a credential, whatever a caller passes it, nor the values
 * of a failed query (errors go through `serializeError`). Every process logs through one of these.
 */
export function createLogger(opts: { name: string; level: string }): Logger {
  return pino({
    name: opts.name,
    level: opts.level,
    serializers: { err: serializeError },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', '*.token', 'token'],
      censor: '[redacted]',
    },
  });
}

/**
 * The same logger with `serializeError` for `err`, whoever built it (a test's plain pino, a
 * launcher's child): the edge and the worker log through this, so no path prints query values.
 */
export function withSafeErrors(logger: Logger): Logger {
  return logger.child({}, { serializers: { err: serializeError } });
}

// Query strings may carry feed tokens (calendar.ics?token=…): log the path only.
const pathOnly = (url: string | undefined) => (url ?? '').split('?')[0];

/** One line per request: request id, user, status, latency; never headers or bodies. */
export function requestLogging(logger: Logger, userIdOf: (res: Response) => string | undefined): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: (req) => (req as Request).requestId,
    customProps: (_req, res) => ({ userId: userIdOf(res as Response) }),
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: pathOnly(req.url) }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: serializeError,
    },
    autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
  });
}
