import { fork } from 'node:child_process';
import path from 'node:path';
import { type CacheServeMessage } from './serve';

export type CacheBenchServer = CacheServeMessage & { stop(): Promise<void> };

/** Forks serve.ts and waits for its ports; stop() disconnects it (it drains and exits), or kills it after 20 s. */
export function startCacheServer(env: { databaseUrl: string; redisUrl: string; jwtKey: string; logLevel: string }): Promise<CacheBenchServer> {
  const child = fork(path.join(__dirname, 'serve.ts'), [], {
    env: { ...process.env, BENCH_DATABASE_URL: env.databaseUrl, BENCH_REDIS_URL: env.redisUrl, BENCH_JWT_KEY: env.jwtKey, BENCH_LOG_LEVEL: env.logLevel },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.connected) child.disconnect();
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    child.once('message', (message: CacheServeMessage) => resolve({ ...message, stop }));
    child.once('exit', (code) => reject(new Error(`cache bench server exited with code ${code} before listening`)));
  });
}
