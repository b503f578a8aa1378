import path from 'node:path';
import { forkServer, type ForkedServer } from '../fork-server';
import { type CacheServeMessage } from './serve';

export type CacheBenchServer = ForkedServer<CacheServeMessage>;

/** Forks serve.ts and waits for its ports; stop() disconnects it (it drains and exits), or kills it after 20 s. */
export function startCacheServer(env: { databaseUrl: string; redisUrl: string; jwtKey: string; logLevel: string }): Promise<CacheBenchServer> {
  return forkServer<CacheServeMessage>(
    path.join(__dirname, 'serve.ts'),
    { BENCH_DATABASE_URL: env.databaseUrl, BENCH_REDIS_URL: env.redisUrl, BENCH_JWT_KEY: env.jwtKey, BENCH_LOG_LEVEL: env.logLevel },
    'cache bench server',
  );
}
