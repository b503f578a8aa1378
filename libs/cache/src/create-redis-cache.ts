import { Redis } from 'ioredis';
import { type Cache, type CacheLogger } from './cache';
import { createThrottledWarning } from './_internal/throttled-warning';

export type RedisCacheOptions = {
  url: string;
  logger: CacheLogger;
  /** Prepended to every key (tests isolate themselves with it); default none. */
  keyPrefix?: string;
  /** Longest a command may take before it counts as a miss, in milliseconds; default 250. */
  commandTimeoutMs?: number;
};

/**
 * The shared adapter: every instance of an API reads and writes one Redis, so a value computed by
 * one replica serves the others. Tuned to fail fast: while disconnected, commands are not queued
 * (they are skipped: a miss, a dropped write), a connection attempt gives up after 1 s, and a
 * command after `commandTimeoutMs`; the client keeps reconnecting in the background. Failures are
 * logged at most once a minute, and once when Redis is back. Values are stored as JSON.
 * @example
 * const cache = createRedisCache({ url: config.REDIS_URL, logger });
 */
export function createRedisCache(opts: RedisCacheOptions): Cache {
  const prefix = opts.keyPrefix ?? '';
  const client = new Redis(opts.url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 1_000,
    commandTimeout: opts.commandTimeoutMs ?? 250,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    disconnectTimeout: 200,
  });
  const warn = createThrottledWarning(opts.logger, 'Redis cache unavailable: serving uncached');
  let isDown = false;
  client.on('error', (error: Error) => {
    isDown = true;
    warn(error);
  });
  client.on('ready', () => {
    if (isDown) opts.logger.info({}, 'Redis cache reachable again');
    isDown = false;
  });
  // Not ready after having been up (or given up on) is an outage worth a line even before the next
  // reconnect attempt fails; 'wait'/'connecting' at start are not.
  const isReady = () => {
    if (client.status === 'ready') return true;
    if (client.status === 'reconnecting' || client.status === 'close' || client.status === 'end') warn(new Error(`Redis connection ${client.status}`));
    return false;
  };
  const failed = (error: unknown) => {
    warn(error);
    return undefined;
  };

  return {
    kind: 'redis',
    getMany: async <T>(keys: readonly string[]) => {
      if (keys.length === 0) return [];
      const misses = keys.map(() => undefined);
      if (!isReady()) return misses;
      const raw = await client.mget(keys.map((key) => prefix + key)).catch(failed);
      return raw ? raw.map((text) => parseJson<T>(text)) : misses;
    },
    setMany: async (entries, { ttlSeconds }) => {
      if (entries.length === 0 || !isReady()) return;
      const ttl = Math.max(1, Math.floor(ttlSeconds));
      const pipeline = client.pipeline();
      for (const entry of entries) pipeline.set(prefix + entry.key, JSON.stringify(entry.value), 'EX', ttl);
      const results = await pipeline.exec().catch(failed);
      const error = results?.find(([commandError]) => commandError)?.[0];
      if (error) warn(error);
    },
    delete: async (keys) => {
      if (keys.length === 0 || !isReady()) return;
      await client.del(...keys.map((key) => prefix + key)).catch(failed);
    },
    close: () => closeClient(client),
  };
}

function parseJson<T>(text: string | null): T | undefined {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined; // not ours (or truncated): a miss, and the next write replaces it
  }
}

async function closeClient(client: Redis): Promise<void> {
  client.removeAllListeners('error');
  client.on('error', () => {}); // a late socket error while closing is not worth a log line
  if (client.status !== 'ready') {
    client.disconnect();
    return;
  }
  await client.quit().catch(() => client.disconnect());
}
