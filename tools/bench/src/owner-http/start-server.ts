import path from 'node:path';
import { forkServer, type ForkedServer } from '../fork-server';
import { type ServeMessage } from './serve';

export type BenchServer = ForkedServer<ServeMessage>;

/**
 * Forks serve.ts (same Node, same tsx loader) and waits for its ports. stop() disconnects the
 * IPC channel, which makes the child drain and exit; it is killed if it has not after 20 s.
 * BENCH_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/x' profiles the server.
 */
export function startServer(env: { databaseUrl: string; jwtKey: string; logLevel: string; searchCacheTtlSeconds?: number }): Promise<BenchServer> {
  return forkServer<ServeMessage>(
    path.join(__dirname, 'serve.ts'),
    {
      BENCH_DATABASE_URL: env.databaseUrl, BENCH_JWT_KEY: env.jwtKey, BENCH_LOG_LEVEL: env.logLevel,
      ...(env.searchCacheTtlSeconds !== undefined && { BENCH_SEARCH_CACHE_TTL_SECONDS: String(env.searchCacheTtlSeconds) }),
    },
    'bench server',
  );
}
