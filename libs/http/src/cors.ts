import cors from 'cors';
import { type RequestHandler } from 'express';

// What a browser page may send and read. Authorization carries the session token (no cookies,
// so no credentials mode); the RateLimit and Retry-After headers let a page back off politely.
const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'Idempotency-Key'];
const EXPOSED_HEADERS = ['X-Request-Id', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After'];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * CORS for the owner portal and web booking pages, through the `cors` package. An allowed origin's
 * preflight is answered 204 here, before rate limits and authentication (a preflight carries no
 * token). Any other origin gets no CORS header at all (its preflight goes on to the usual 404),
 * and every response varies on Origin so a cache never hands one origin's answer to another.
 */
export function corsFor(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  const handle = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin) ? origin : false),
    methods: METHODS,
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
  return (req, res, next) => {
    res.vary('Origin');
    handle(req, res, next);
  };
}
