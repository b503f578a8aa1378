import { AppError } from '@salon/errors';
import { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { type Logger } from 'pino';
import { clientAddressKey } from './_internal/client-address-key';
import { resolvedActor } from './authenticate';
import { type RateLimitDecision, type RateLimiter } from './rate-limiter';

// What the address stage decided, kept so the caller stage can report the tighter budget.
const ADDRESS_DECISION = 'rateLimitByAddress';

/**
 * Stage 1, before the body is read or a token verified: every limited request spends from
 * its client address's budget, so a flood of garbage tokens or bodies is cut off cheaply.
 * `req.ip` honours the app's `trust proxy` setting.
 */
export function limitByAddress(limiter: RateLimiter, logger: Logger): RequestHandler {
  return async (req, res, next) => {
    const decision = await consumeOrFailOpen(limiter, clientAddressKey(req.ip), logger, req);
    if (decision === undefined) return next();
    res.locals[ADDRESS_DECISION] = decision;
    answer(res, decision, next);
  };
}

/**
 * Stage 2, a ts-rest global middleware after authentication: the caller's own budget,
 * keyed by user when the route resolved one (so users behind one NAT do not share it),
 * else by client address (public routes).
 */
export function limitByCaller<TActor>(limiter: RateLimiter, userIdOf: (actor: TActor) => string, logger: Logger) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const actor = resolvedActor<TActor>(res);
    const key = actor === undefined ? `ip:${clientAddressKey(req.ip)}` : `user:${userIdOf(actor)}`;
    const decision = await consumeOrFailOpen(limiter, key, logger, req);
    if (decision === undefined) return next();
    answer(res, tighter(decision, res.locals[ADDRESS_DECISION] as RateLimitDecision | undefined), next);
  };
}

/** A limiter that throws must not refuse traffic: log it and let the request through. */
async function consumeOrFailOpen(limiter: RateLimiter, key: string, logger: Logger, req: Request) {
  try {
    return await limiter.consume(key);
  } catch (error) {
    logger.warn({ err: error, requestId: req.requestId }, 'rate limiter failed: request let through');
    return undefined;
  }
}

/** Of two budgets the caller spends from, the one nearer exhaustion is the one to report. */
function tighter(caller: RateLimitDecision, address: RateLimitDecision | undefined): RateLimitDecision {
  if (!caller.allowed || address === undefined) return caller;
  return address.remaining < caller.remaining ? address : caller;
}

/** IETF draft RateLimit-* headers on every limited response; 429 in the envelope when spent. */
function answer(res: Response, decision: RateLimitDecision, next: NextFunction): void {
  res.setHeader('RateLimit-Limit', String(decision.limit));
  res.setHeader('RateLimit-Remaining', String(decision.remaining));
  res.setHeader('RateLimit-Reset', String(decision.resetSeconds));
  if (decision.allowed) return next();
  const seconds = String(decision.resetSeconds);
  next(
    new AppError('rate_limited', `Too many requests. Try again in ${seconds} s.`, {
      headers: { 'Retry-After': seconds },
    }),
  );
}
