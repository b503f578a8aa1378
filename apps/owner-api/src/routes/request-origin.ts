import { type Request } from 'express';

/**
 * `scheme://host` of this request, as the caller reached us: express honours `trust proxy`, so
 * behind a proxy it is the public origin, not the container's. Used to make absolute URLs.
 */
export const originOf = (req: Pick<Request, 'protocol' | 'get'>): string => `${req.protocol}://${req.get('host') ?? 'localhost'}`;
