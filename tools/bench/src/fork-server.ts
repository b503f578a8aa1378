import { fork } from 'node:child_process';

/** A forked bench server: the first IPC message it sent (its ports), and stop(). */
export type ForkedServer<M extends object> = M & { stop(): Promise<void> };

/**
 * Forks `script` (same Node, same tsx loader) with `env` over this process's environment and
 * resolves with the first IPC message it sends (its ports). stop() disconnects the IPC channel,
 * which makes the child drain and exit; it is killed if it has not after 20 s. Rejects when the
 * child exits before sending; `name` says which server in that error.
 * BENCH_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/x' profiles the server (NODE_OPTIONS refuses --cpu-prof).
 */
export function forkServer<M extends object>(script: string, env: Record<string, string>, name: string): Promise<ForkedServer<M>> {
  const extraArgs = process.env['BENCH_SERVER_NODE_ARGS']?.split(' ').filter(Boolean) ?? [];
  const child = fork(script, [], {
    execArgv: [...process.execArgv, ...extraArgs],
    env: { ...process.env, ...env },
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
    child.once('message', (message: M) => resolve({ ...message, stop }));
    child.once('exit', (code) => reject(new Error(`${name} exited with code ${code} before listening`)));
  });
}
