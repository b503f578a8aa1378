import { RateLimiterMemory } from 'rate-limiter-flexible';
import { fromFlexible, memoryOptions } from './_internal/from-flexible';

/** The outcome of spending one request from a key's budget. */
export type RateLimitDecision = {
  allowed: boolean;
  /** Requests allowed per window. */
  limit: number;
  /** Requests left in the current window (0 once exceeded). */
  remaining: number;
  /** Whole seconds until the window resets; at least 1. */
  resetSeconds: number;
};

/**
 * The port the edge limits requests through, so it never depends on a rate-limiting
 * library's classes: memory and Redis implement it, and a test may fake it.
 */
export interface RateLimiter {
  /** Spends one request from `key`'s budget. Resolves even when the budget is exceeded. */
  consume(key: string): Promise<RateLimitDecision>;
}

/**
 * The two budgets the edge enforces (see the package README, "Rate limits").
 * Keep `byAddress` higher than `byCaller`: several signed-in users can share one address.
 */
export type RateLimits = {
  /** Every limited request, by client address, before auth and body parsing: a flood guard. */
  byAddress: RateLimiter;
  /** Each caller's budget: the user when the route authenticated one, else the client address. */
  byCaller: RateLimiter;
};

/** How large a budget is; every window is fixed, starting at a key's first request. */
export type RateLimitBudget = { limit: number; windowSeconds: number; keyPrefix?: string };

/**
 * A budget kept in this process only: right for one instance, for tests, and as the
 * insurance a Redis limiter falls back to. Several instances would each allow the full limit.
 *
 * @example
 * const limiter = createMemoryRateLimiter({ limit: 300, windowSeconds: 60 });
 * const { allowed } = await limiter.consume('user:42');
 */
export function createMemoryRateLimiter(budget: RateLimitBudget): RateLimiter {
  return fromFlexible(new RateLimiterMemory(memoryOptions(budget)), budget.limit);
}
