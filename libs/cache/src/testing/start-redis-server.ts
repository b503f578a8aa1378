import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { freePort, waitForPort } from '@salon/ports/testing';

/** A redis-server of a test's own (no persistence), on a free port; `stop()` kills it. */
export type TestRedisServer = { port: number; url: string; stop(): Promise<void> };

/**
 * Starts `redis-server` (the binary on PATH) on a free port with nothing saved to disk, so a test
 * can stop it mid-run without touching the shared Redis at 6379.
 */
export async function startRedisServer(): Promise<TestRedisServer> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no', '--bind', '127.0.0.1'], {
    stdio: 'ignore',
  });
  await waitForPort(port, child, { name: 'redis-server', timeoutMs: 5_000, intervalMs: 25 });
  let isStopped = false;
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      if (isStopped) return;
      isStopped = true;
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    },
  };
}
