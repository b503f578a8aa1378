import {
  connectRedis,
  createMemoryRateLimiter,
  createRedisRateLimiter,
  type Logger,
  type RateLimitBudget,
  type RateLimiter,
  type RateLimits,
} from '@salon/http';

/** The configuration the rate limits are built from (see .env.example). */
export type RateLimitConfig = {
  REDIS_URL?: string;
  RATE_LIMIT_PER_MINUTE: number;
  RATE_LIMIT_PER_IP_PER_MINUTE: number;
};

/** An API's rate limits and the one thing to release on shutdown (its Redis client, if any). */
export type BuiltRateLimits = { limits: RateLimits; close(): Promise<void> };

/**
 * The API's budgets from config: in Redis when REDIS_URL is set, so every instance of the
 * API spends from one budget; in this process otherwise. `name` goes into the keys, so the
 * owner and customer APIs never share a budget, even on one Redis.
 * @pure false
 */
export function createRateLimits(opts: { name: string; config: RateLimitConfig; logger: Logger }): BuiltRateLimits {
  const { config, name } = opts;
  const budgets = {
    byAddress: { limit: config.RATE_LIMIT_PER_IP_PER_MINUTE, windowSeconds: 60, keyPrefix: `rl:${name}:address` },
    byCaller: { limit: config.RATE_LIMIT_PER_MINUTE, windowSeconds: 60, keyPrefix: `rl:${name}:caller` },
  };
  if (!config.REDIS_URL) {
    return { limits: buildLimits(budgets, createMemoryRateLimiter), close: async () => {} };
  }
  // One client per API process, shared by both budgets.
  const redis = connectRedis({ url: config.REDIS_URL, logger: opts.logger });
  const limits = buildLimits(budgets, (budget) => createRedisRateLimiter({ ...budget, client: redis.client }));
  return { limits, close: () => redis.close() };
}

function buildLimits(
  budgets: Record<keyof RateLimits, RateLimitBudget>,
  create: (budget: RateLimitBudget) => RateLimiter,
): RateLimits {
  return { byAddress: create(budgets.byAddress), byCaller: create(budgets.byCaller) };
}
