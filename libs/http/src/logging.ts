import { type RequestHandler, type Response } from 'express';
import pino, { type Logger } from 'pino';
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
const pathOnly = (url: string) => url.split('?')[0];

type RequestLevel = 'info' | 'warn' | 'error';

/**
 * One line per request when it ends (finish, or close if the client went first): request id,
 * user, status, latency; never headers or bodies. Same lines as pino-http wrote
 * (`{ req: { id, method, path }, userId, res: { statusCode }, responseTime, msg: 'request completed' }`,
 * 5xx: `err` and 'request errored'), but nothing is built unless the line's level is enabled:
 * pino-http made two child loggers per request, serializing the request each time, even at
 * LOG_LEVEL=warn where a 2xx line is never written (~10 % of a cached search's CPU).
 */
export function requestLogging(logger: Logger, userIdOf: (res: Response) => string | undefined): RequestHandler {
  return (req, res, next) => {
    if (req.url === '/healthz' || req.url === '/readyz') return next();
    const startedAt = Date.now();
    const done = () => {
      res.removeListener('finish', done);
      res.removeListener('close', done);
      const failed = res.statusCode >= 500;
      const level: RequestLevel = failed ? 'error' : res.statusCode >= 400 ? 'warn' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      const line = {
        req: { id: req.requestId, method: req.method, path: pathOnly(req.originalUrl) },
        userId: userIdOf(res),
        res: { statusCode: res.statusCode },
        ...(failed && { err: new Error(`failed with status code ${res.statusCode}`) }),
        responseTime: Date.now() - startedAt,
      };
      logger[level](line, failed ? 'request errored' : 'request completed');
    };
    res.on('finish', done);
    res.on('close', done);
    next();
  };
}
