import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '@salon/ports/testing';

/** One app running as its own Node process (its real main.ts), as a replica is deployed. */
export type SpawnedApp = { readonly url: string; readonly port: number; close(): Promise<void> };

const REPO_ROOT = path.resolve(__dirname, '../../../..');
const PORT_VARIABLE = { 'owner-api': 'OWNER_API_PORT', 'customer-api': 'CUSTOMER_API_PORT', worker: 'WORKER_PORT' } as const;

/**
 * Starts `apps/<app>/src/main.ts` under tsx in a child process on a free loopback port, with
 * `env` over this process's environment (Jest's NODE_OPTIONS removed), and resolves once it
 * answers `GET /healthz`. close() sends SIGTERM and waits for the exit. Rejects with the child's
 * stderr when it exits first or is not up within `timeoutMs` (default 90 s: tsx compiles on start).
 * With `bundle` (a built `<dir>/<app>/main.js`) it runs that with plain node from `<dir>` instead,
 * with only PATH and `env`: what the image gives a production bundle.
 */
export async function spawnApp(
  app: keyof typeof PORT_VARIABLE,
  env: Record<string, string>,
  { timeoutMs = 90_000, bundle }: { timeoutMs?: number; bundle?: string } = {},
): Promise<SpawnedApp> {
  const port = await freePort();
  const ported = { ...env, [PORT_VARIABLE[app]]: String(port) };
  const [args, cwd, childEnv] = bundle
    ? [[bundle], path.dirname(path.dirname(bundle)), { PATH: process.env['PATH'] ?? '', ...ported }]
    : [[require.resolve('tsx/cli'), path.join(REPO_ROOT, `apps/${app}/src/main.ts`)], REPO_ROOT, { ...process.env, NODE_OPTIONS: '', ...ported }];
  const child = spawn(process.execPath, args, { cwd, env: childEnv, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${app} exited with code ${child.exitCode}: ${stderr}`);
    if (await fetch(`${url}/healthz`).then((res) => res.ok, () => false)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${app} did not answer /healthz within ${timeoutMs} ms: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    port,
    close: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
