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

/** Parses JSON bodies up to 100 kB. */
export function parseJsonBody(): RequestHandler {
  return express.json({ limit: BODY_LIMIT, strict: true, type: ['application/json', 'application/*+json'] });
}

type ParserError = { type?: string; status?: number };

/** Turns body-parser's errors into our codes, so a bad body never becomes a 500. */
export function translateBodyErrors(): ErrorRequestHandler {
  return (error: ParserError, _req, _res, next) => {
    switch (error?.type) {
      case 'entity.too.large':
        return next(new AppError('payload_too_large', `The body is larger than ${BODY_LIMIT}.`));
      case 'entity.parse.failed':
        return next(new AppError('malformed_json', 'The body is not valid JSON.'));
      case 'encoding.unsupported':
      case 'charset.unsupported':
        return next(new AppError('unsupported_media_type', 'Send the body as UTF-8 JSON.'));
      case 'request.aborted':
      case 'request.size.invalid':
      case 'stream.encoding.set':
        return next(new AppError('validation_failed', 'The body could not be read.'));
      default:
        return next(error);
    }
  };
}
