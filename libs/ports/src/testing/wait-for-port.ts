import { type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';

/** How long and how often to poll; `describe` adds the child's stderr (or such) to failures. */
export type WaitForPortOptions = { name: string; timeoutMs: number; intervalMs: number; describe?: () => string };

/**
 * Resolves once something accepts TCP connections on 127.0.0.1:`port`. Fails as soon as `child`
 * exits, or after `timeoutMs` (milliseconds), killing `child` (SIGKILL) so no stray process stays.
 */
export async function waitForPort(port: number, child: ChildProcess, options: WaitForPortOptions): Promise<void> {
  const { name, timeoutMs, intervalMs, describe = () => '' } = options;
  const detail = () => (describe() ? `: ${describe()}` : '');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}${detail()}`);
    if (await isOpen(port)) return;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  child.kill('SIGKILL');
  throw new Error(`${name} did not listen on ${port} within ${timeoutMs / 1000} s${detail()}`);
}

function isOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
