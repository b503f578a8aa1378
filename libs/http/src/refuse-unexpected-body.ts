import { AppError } from '@salon/errors';
import { isAppRouteNoBody, type AppRoute } from '@ts-rest/core';
import { type NextFunction, type Request, type Response } from 'express';

const isEmptyObject = (body: unknown) =>
  typeof body === 'object' && body !== null && !Array.isArray(body) && Object.keys(body).length === 0;

/**
 * ts-rest does not check a body against `c.noBody()` (or a DELETE with no `body` at all): a route that takes none would silently
 * ignore whatever was sent. Refuse it as a strict schema refuses unknown fields (400
 * validation_failed on `body`, conventions.md), so a client that thinks it sent something learns
 * it did not. No body, or an empty object (clients that always send `{}`), is fine.
 */
export function refuseUnexpectedBody() {
  return (req: Request, _res: Response, next: NextFunction) => {
    const route = (req as { tsRestRoute?: AppRoute }).tsRestRoute;
    // A DELETE declared without `body` takes none either (ts-rest lets it omit the key).
    if (!route || route.method === 'GET' || ('body' in route && !isAppRouteNoBody(route.body))) return next();
    const body: unknown = req.body;
    if (body === undefined || isEmptyObject(body)) return next();
    const keys = typeof body === 'object' && body !== null && !Array.isArray(body) ? Object.keys(body) : [];
    const message = keys.length > 0 ? `Unrecognized key(s) in object: ${keys.map((key) => `'${key}'`).join(', ')}` : 'This endpoint takes no body.';
    next(new AppError('validation_failed', 'Some fields are invalid: body.', { details: [{ path: 'body', message }] }));
  };
}
