import { AppError } from '@salon/errors';
import { type RequestHandler } from 'express';

/**
 * An HTTP/1.1 request must name its Host (RFC 9112 §3.2). Node checks it itself but answers with a
 * bare 400; listen() turns that check off so this one answers in the error envelope instead.
 */
export function requireHost(): RequestHandler {
  return (req, _res, next) => {
    if (req.httpVersion === '1.1' && !req.headers.host) return next(new AppError('validation_failed', 'An HTTP/1.1 request needs a Host header.'));
    next();
  };
}
