import { AppError, type ErrorDetail } from '@salon/errors';
import { type NextFunction, type Request, type Response } from 'express';

export const NUL_MESSAGE = 'Must not contain a NUL character (U+0000).';

// Deep JSON is walked with an explicit stack (a recursive walk of 100 kB of `[[[[…` would overflow).
type Pending = { value: unknown; path: string };

/** Every string (value or key) under `root` that contains U+0000, as `{ path, message }`. */
export function findNulBytes(root: unknown, rootPath: string): ErrorDetail[] {
  const found: ErrorDetail[] = [];
  const pending: Pending[] = [{ value: root, path: rootPath }];
  while (pending.length > 0) {
    const { value, path } = pending.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) found.push({ path, message: NUL_MESSAGE });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (key.includes('\u0000')) {
          found.push({ path, message: 'A field name must not contain a NUL character (U+0000).' });
          continue;
        }
        pending.push({ value: child, path: `${path}.${key}` });
      }
    }
  }
  return found.reverse();
}

/**
 * PostgreSQL `text` cannot hold U+0000, so a NUL that reached a query would be a 500. The
 * contracts refuse it per field (`text()`); this guard refuses it for every route, field and
 * path or query parameter, including ones a contract declares with a plain schema, so a
 * later route cannot forget. It runs after authentication, as contract validation does.
 */
export function refuseNulBytes() {
  return (req: Request, _res: Response, next: NextFunction) => {
    const details = [
      ...findNulBytes(req.params, 'params'),
      ...findNulBytes(req.query, 'query'),
      ...findNulBytes(req.body, 'body'),
    ];
    if (details.length === 0) return next();
    const fields = details.map((detail) => detail.path).join(', ');
    next(new AppError('validation_failed', `Some fields are invalid: ${fields}.`, { details }));
  };
}
