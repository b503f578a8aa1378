import { fork } from 'node:child_process';
import path from 'node:path';
import { type ServeMessage } from './serve';

export type BenchServer = ServeMessage & { stop(): Promise<void> };

/**
 * Forks serve.ts (same Node, same tsx loader) and waits for its ports. stop() disconnects the
 * IPC channel, which makes the child drain and exit; it is killed if it has not after 20 s.
 */
export function startServer(env: { databaseUrl: string; jwtKey: string; logLevel: string }): Promise<BenchServer> {
  // BENCH_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/x' profiles the server (NODE_OPTIONS refuses --cpu-prof).
  const extraArgs = process.env['BENCH_SERVER_NODE_ARGS']?.split(' ').filter(Boolean) ?? [];
  const child = fork(path.join(__dirname, 'serve.ts'), [], {
    execArgv: [...process.execArgv, ...extraArgs],
    env: { ...process.env, BENCH_DATABASE_URL: env.databaseUrl, BENCH_JWT_KEY: env.jwtKey, BENCH_LOG_LEVEL: env.logLevel },
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
    child.once('message', (message: ServeMessage) => resolve({ ...message, stop }));
    child.once('exit', (code) => reject(new Error(`bench server exited with code ${code} before listening`)));
  });
}
