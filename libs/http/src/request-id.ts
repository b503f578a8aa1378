import { randomUUID } from 'node:crypto';
import { type RequestHandler } from 'express';

declare module 'express-serve-static-core' {
  interface Request {
    /** Correlates a response, its log lines and any error report. */
    requestId: string;
  }
}

// An incoming id is kept only if it looks harmless: it is echoed into logs and responses.
const SAFE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Takes X-Request-Id from a trusted proxy if well-formed, else makes one; echoes it back. */
export function requestId(): RequestHandler {
  return (req, res, next) => {
    const incoming = req.header('x-request-id');
    req.requestId = incoming && SAFE_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', req.requestId);
    next();
  };
}
