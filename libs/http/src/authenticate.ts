import { routeAuthOf, type RouteAuth } from '@salon/contracts-common';
import { AppError } from '@salon/errors';
import { type NextFunction, type Request, type Response } from 'express';

export type Authenticator<TActor> = (input: {
  authorization: string | undefined;
  requirement: Exclude<RouteAuth, 'public'>;
}) => Promise<TActor>;

/**
 * Runs before every ts-rest handler: reads who may call the route from its contract metadata
 * and resolves the caller. A route without metadata is treated as needing a signed-in user,
 * so forgetting to declare it fails closed.
 */
export function authenticateByContract<TActor>(authenticator: Authenticator<TActor>) {
  return async (req: Request & { tsRestRoute?: { metadata?: unknown } }, res: Response, next: NextFunction) => {
    const requirement = routeAuthOf(req.tsRestRoute?.metadata) ?? 'user';
    if (requirement === 'public') {
      next();
      return;
    }
    try {
      res.locals.actor = await authenticator({ authorization: req.header('authorization'), requirement });
      next();
    } catch (error) {
      next(error);
    }
  };
}

/** The caller the edge resolved for this request, if the route needed one. */
export function resolvedActor<TActor>(res: Response): TActor | undefined {
  return res.locals.actor as TActor | undefined;
}

/** The caller a handler runs for; only on routes that are not public. */
export function actorOf<TActor>(res: Response): TActor {
  const actor = resolvedActor<TActor>(res);
  if (actor === undefined) throw new AppError('internal', 'Route handler expected an authenticated caller.');
  return actor;
}
