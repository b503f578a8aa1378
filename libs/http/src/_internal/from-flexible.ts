import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { type RateLimitBudget, type RateLimitDecision, type RateLimiter } from '../rate-limiter';

/** rate-limiter-flexible options for an in-process budget (also the Redis limiter's insurance). */
export function memoryOptions(budget: RateLimitBudget) {
  return { points: budget.limit, duration: budget.windowSeconds, keyPrefix: budget.keyPrefix ?? 'rl' };
}

/**
 * Adapts a rate-limiter-flexible limiter to the port. The library rejects with a
 * RateLimiterRes when the budget is spent, and with an Error when its store fails.
 */
export function fromFlexible(limiter: RateLimiterAbstract, limit: number): RateLimiter {
  return {
    async consume(key) {
      try {
        return toDecision(await limiter.consume(key), true, limit);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return toDecision(rejection, false, limit);
        throw rejection;
      }
    },
  };
}

function toDecision(res: RateLimiterRes, allowed: boolean, limit: number): RateLimitDecision {
  return {
    allowed,
    limit,
    remaining: Math.max(0, res.remainingPoints),
    // Rounded up and at least 1: a client that waits this long is never refused for being early.
    resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  };
}
