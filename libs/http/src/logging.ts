import { type Request, type RequestHandler, type Response } from 'express';
import pino, { type Logger } from 'pino';
import { pinoHttp } from 'pino-http';

export type { Logger } from 'pino';

/** A JSON logger that can never print a credential, whatever a caller passes it. */
export function createLogger(opts: { name: string; level: string }): Logger {
  return pino({
    name: opts.name,
    level: opts.level,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', '*.token', 'token'],
      censor: '[redacted]',
    },
  });
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
    },
    autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
  });
}
