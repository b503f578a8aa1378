import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, waitForPort } from '@salon/ports/testing';

/** A pgBouncer in transaction mode in front of a PostgreSQL server, for tests and smoke scripts. */
export type RunningPgBouncer = {
  /** `postgres://` URL of `database` through pgBouncer (any database of the server is routed). */
  urlFor(database: string): string;
  readonly port: number;
  close(): Promise<void>;
};

/** True when a `pgbouncer` binary is on PATH or in /usr/sbin (Debian: `apt-get install pgbouncer`). */
export function pgBouncerBinary(): string | undefined {
  for (const candidate of ['pgbouncer', '/usr/sbin/pgbouncer']) {
    if (spawnSync(candidate, ['--version'], { stdio: 'ignore' }).status === 0) return candidate;
  }
  return undefined;
}

/**
 * Starts pgBouncer (pool_mode = transaction, `serverPoolSize` server connections per database)
 * on a free loopback port, trusting the server URL's user. As root it drops to `postgres`,
 * since pgBouncer refuses to run as root. Rejects when the binary is missing.
 */
export async function startPgBouncer(opts: { serverUrl: string; serverPoolSize?: number }): Promise<RunningPgBouncer> {
  const binary = pgBouncerBinary();
  if (!binary) throw new Error('pgbouncer is not installed (Debian: apt-get install pgbouncer)');
  const server = new URL(opts.serverUrl);
  const user = decodeURIComponent(server.username || 'postgres');
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgbouncer-'));
  fs.writeFileSync(path.join(dir, 'users.txt'), `"${user}" "${decodeURIComponent(server.password)}"\n`);
  fs.writeFileSync(path.join(dir, 'pgbouncer.ini'), iniFor({ server, port, dir, poolSize: opts.serverPoolSize ?? 4 }));
  fs.chmodSync(dir, 0o755);
  const asRoot = process.getuid?.() === 0;
  const child = spawn(binary, [...(asRoot ? ['-u', 'postgres'] : []), path.join(dir, 'pgbouncer.ini')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  await waitForPort(port, child, { name: 'pgbouncer', timeoutMs: 10_000, intervalMs: 100, describe: () => stderr });
  return {
    port,
    urlFor: (database) => {
      const url = new URL(opts.serverUrl);
      url.hostname = '127.0.0.1';
      url.port = String(port);
      url.pathname = `/${database}`;
      return url.toString();
    },
    close: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function iniFor(o: { server: URL; port: number; dir: string; poolSize: number }): string {
  return [
    '[databases]',
    // Wildcard: every database name is routed to the same server (tests use one scratch database each).
    `* = host=${o.server.hostname} port=${o.server.port || 5432}`,
    '[pgbouncer]',
    'listen_addr = 127.0.0.1',
    `listen_port = ${o.port}`,
    'unix_socket_dir =',
    'auth_type = trust',
    `auth_file = ${path.join(o.dir, 'users.txt')}`,
    'pool_mode = transaction',
    `default_pool_size = ${o.poolSize}`,
    'max_client_conn = 500',
    'log_connections = 0',
    'log_disconnections = 0',
    '',
  ].join('\n');
}
