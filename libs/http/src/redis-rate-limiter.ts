import { Redis } from 'ioredis';
import { type Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import { fromFlexible, memoryOptions } from './_internal/from-flexible';
import { type RateLimitBudget, type RateLimiter } from './rate-limiter';

/** One Redis client for a process's limiters, and how to let it go on shutdown. */
export type RedisConnection = { readonly client: Redis; close(): Promise<void> };

/**
 * Connects to Redis for shared rate limits. Tuned so an outage costs no request more than
 * `commandTimeoutMs`: commands fail at once while disconnected (no offline queue) and the
 * client keeps reconnecting in the background. Logs once when Redis goes away and once
 * when it is back, never the URL (it may carry a password).
 * @pure false
 */
export function connectRedis(opts: { url: string; logger: Logger; commandTimeoutMs?: number }): RedisConnection {
  const client = new Redis(opts.url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: opts.commandTimeoutMs ?? 500,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
    // disconnect() arms this timer even for a socket that is already gone; keep shutdown short.
    disconnectTimeout: 200,
  });
  let isDown = false;
  client.on('error', (error: Error) => {
    if (isDown) return;
    isDown = true;
    opts.logger.warn({ err: error }, 'Redis unreachable: rate limits fall back to per-process memory');
  });
  client.on('ready', () => {
    if (!isDown) return;
    isDown = false;
    opts.logger.info('Redis reachable again: rate limits are shared across instances');
  });
  return { client, close: () => closeRedis(client) };
}

async function closeRedis(client: Redis): Promise<void> {
  client.removeAllListeners('error');
  client.on('error', () => {}); // a late socket error while closing is not worth a log line
  if (client.status !== 'ready') {
    client.disconnect();
    return;
  }
  try {
    await client.quit();
  } catch {
    client.disconnect();
  }
}

/**
 * A budget shared by every instance that uses the same Redis and key prefix, so N
 * instances together allow `limit`, not N × `limit`. If Redis fails or is not connected,
 * the request is counted in this process's memory instead (fail open: a Redis outage
 * must not take bookings down; each instance then enforces the limit on its own).
 *
 * @example
 * const redis = connectRedis({ url: config.REDIS_URL, logger });
 * const limiter = createRedisRateLimiter({ client: redis.client, limit: 300, windowSeconds: 60, keyPrefix: 'rl:owner-api:caller' });
 */
export function createRedisRateLimiter(opts: RateLimitBudget & { client: Redis }): RateLimiter {
  const limiter = new RateLimiterRedis({
    ...memoryOptions(opts),
    storeClient: opts.client,
    // Skip the round trip while disconnected: the insurance answers at once.
    rejectIfRedisNotReady: true,
    // A key over its limit is refused from memory until its window ends, so a flood of
    // refused requests does not become a flood of Redis calls.
    inMemoryBlockOnConsumed: opts.limit + 1,
    insuranceLimiter: new RateLimiterMemory(memoryOptions(opts)),
  });
  return fromFlexible(limiter, opts.limit);
}
