import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '@salon/ports/testing';

/** A worker running as its own OS process; `stop` resolves with its exit code once it is gone. */
export type SpawnedWorker = { readonly port: number; stop(signal?: NodeJS.Signals): Promise<number | null> };

const REPO_ROOT = path.resolve(__dirname, '../../../..');

/**
 * Starts the worker as deployed (`node --import tsx apps/worker/src/main.ts`: one process, so a
 * SIGKILL kills the worker itself, not a launcher) on a free loopback port, with `env` over this
 * process's environment (Jest's NODE_OPTIONS removed); resolves once `/readyz` answers 200.
 * `stderr: 'inherit'` shows the worker's log (benchmarks); by default it is kept for the error
 * thrown when the worker exits first or is not ready within 60 s.
 */
export async function spawnWorker(env: Record<string, string>, opts: { stderr?: 'pipe' | 'inherit' } = {}): Promise<SpawnedWorker> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'apps/worker/src/main.ts')], {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_OPTIONS: '', ...env, WORKER_PORT: String(port) },
    stdio: ['ignore', 'ignore', opts.stderr ?? 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`worker exited with ${child.exitCode}: ${stderr}`);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`worker not ready within 60 s: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    port,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
