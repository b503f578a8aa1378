import { AppError } from '@salon/errors';
import { type RequestHandler } from 'express';

/**
 * An HTTP/1.1 request must name its Host, once (RFC 9112 §3.2). Node checks presence itself but answers with a
 * bare 400; listen() turns that check off so this one answers in the error envelope instead.
 */
export function requireHost(): RequestHandler {
  return (req, _res, next) => {
    if (req.httpVersion === '1.1' && !req.headers.host) return next(new AppError('validation_failed', 'An HTTP/1.1 request needs a Host header.'));
    // Node keeps the first of several Host headers; RFC 9112 §3.2 says such a request is a 400.
    let hosts = 0;
    for (let i = 0; i < req.rawHeaders.length; i += 2) if (req.rawHeaders[i]!.toLowerCase() === 'host') hosts += 1;
    if (hosts > 1) return next(new AppError('validation_failed', 'A request must have one Host header.'));
    next();
  };
}
