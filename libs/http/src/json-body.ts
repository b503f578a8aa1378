import { AppError } from '@salon/errors';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';

export const BODY_LIMIT = '100kb';

const hasBody = (req: Parameters<RequestHandler>[0]) =>
  req.header('transfer-encoding') !== undefined || Number(req.header('content-length') ?? 0) > 0;

/** The APIs speak JSON only: a body of any other type is refused before it is read. */
export function requireJsonBody(): RequestHandler {
  return (req, _res, next) => {
    if (hasBody(req) && !req.is(['application/json', 'application/*+json'])) {
      next(new AppError('unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.'));
      return;
    }
    next();
  };
}

/**
 * Parses JSON bodies up to 100 kB. The exact bytes stay on `req.rawBody`: a Stripe webhook's
 * signature is over them, and re-serialising the parsed JSON would not reproduce them.
 */
export function parseJsonBody(): RequestHandler {
  const parse = express.json({
    limit: BODY_LIMIT,
    strict: true,
    type: ['application/json', 'application/*+json'],
    verify: (req, _res, buf) => {
      (req as { rawBody?: Buffer }).rawBody = buf;
    },
  });
  // Most requests are GETs without a body: skip body-parser's per-request work for them, by its
  // own rule (type-is hasBody: a Transfer-Encoding, or a Content-Length that is a number, even 0).
  return (req, res, next) =>
    req.headers['transfer-encoding'] !== undefined || !Number.isNaN(Number(req.headers['content-length'])) ? parse(req, res, next) : next();
}

/** The body exactly as it arrived (see parseJsonBody); undefined when there was none. */
export const rawBodyOf = (req: unknown): Buffer | undefined => (req as { rawBody?: Buffer }).rawBody;

type ParserError = { type?: string; status?: number; code?: string; body?: unknown };

/**
 * `null`, `"text"` or `5` is valid JSON that strict parsing refuses: say the body must be an
 * object, as validation does for an array, rather than call it invalid JSON.
 */
function isJsonButNotObject(raw: unknown): boolean {
  if (typeof raw !== 'string') return false;
  try {
    const value: unknown = JSON.parse(raw);
    return value === null || typeof value !== 'object';
  } catch {
    return false;
  }
}

/** Turns body-parser's errors into our codes, so a bad body never becomes a 500. */
export function translateBodyErrors(): ErrorRequestHandler {
  return (error: ParserError, _req, _res, next) => {
    switch (error?.type) {
      case 'entity.too.large':
        return next(new AppError('payload_too_large', `The body is larger than ${BODY_LIMIT}.`));
      case 'entity.parse.failed':
        if (isJsonButNotObject(error.body)) {
          return next(
            new AppError('validation_failed', 'The body must be a JSON object.', {
              details: [{ path: 'body', message: 'Expected a JSON object.' }],
            }),
          );
        }
        return next(new AppError('malformed_json', 'The body is not valid JSON.'));
      case 'encoding.unsupported':
      case 'charset.unsupported':
        return next(new AppError('unsupported_media_type', 'Send the body as UTF-8 JSON.'));
      case 'request.aborted':
      case 'request.size.invalid':
      case 'stream.encoding.set':
        return next(new AppError('validation_failed', 'The body could not be read.'));
      default:
        // A gzip/deflate/br body that does not inflate: zlib's error (Z_DATA_ERROR, Z_BUF_ERROR…)
        // comes through with status 400 and no type.
        if (error?.status === 400 && typeof error.code === 'string' && error.code.startsWith('Z_')) {
          return next(new AppError('validation_failed', 'The body could not be decompressed: check Content-Encoding.'));
        }
        return next(error);
    }
  };
}
