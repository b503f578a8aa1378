import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const NGINX_CONF = path.resolve(__dirname, '../../../../deploy/nginx.conf');

export type LocalNginx = { ownerPort: number; customerPort: number; stop(): Promise<void> };

/** The nginx binary, if installed (Debian: apt-get install nginx). */
export function nginxBinary(): string | undefined {
  for (const candidate of ['nginx', '/usr/sbin/nginx']) {
    if (spawnSync(candidate, ['-v'], { stdio: 'ignore' }).status === 0) return candidate;
  }
  return undefined;
}

/**
 * The checked-in deploy/nginx.conf with only its upstream `server` lines pointed at local
 * replicas and its listen ports changed: everything else (keep-alive, timeouts, body limit,
 * request ids, error pages) is what docker-compose runs.
 */
export function renderLocalConf(
  source: string,
  replicas: { owner: number[]; customer: number[] },
  listen: { owner: number; customer: number },
  logDir: string,
): string {
  const upstream = (name: string, ports: number[], port: number) => (text: string) =>
    text.replace(new RegExp(`(upstream ${name} \\{[\\s\\S]*?)((?:\\s*server [^;]+;)+)`), (_all, head: string) =>
      `${head}\n${ports.map((p) => `    server 127.0.0.1:${p} max_fails=3 fail_timeout=10s;`).join('\n')}`)
      .replace(`listen ${port};`, `listen 127.0.0.1:${port === 3001 ? listen.owner : listen.customer};`);
  const rendered = [upstream('owner_api', replicas.owner, 3001), upstream('customer_api', replicas.customer, 3002)].reduce((text, step) => step(text), source);
  if (rendered.includes('owner-api-') || rendered.includes('customer-api-')) throw new Error('deploy/nginx.conf: upstream servers not found where expected');
  // Logs to files: a child's stdout/stderr may be a socket, which NGINX cannot open as /dev/stderr.
  return rendered.replace('access_log /dev/stdout salon;', 'access_log off;').replace('error_log /dev/stderr warn;', `error_log ${logDir}/error.log warn;`);
}

/** Starts NGINX in the foreground on the rendered config; stop() sends SIGQUIT (graceful) and waits. */
export async function startLocalNginx(replicas: { owner: number[]; customer: number[] }, listen: { owner: number; customer: number }): Promise<LocalNginx> {
  const binary = nginxBinary();
  if (!binary) throw new Error('nginx is not installed');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-nginx-'));
  const conf = path.join(dir, 'nginx.conf');
  fs.writeFileSync(conf, renderLocalConf(fs.readFileSync(NGINX_CONF, 'utf8'), replicas, listen, dir));
  const test = spawnSync(binary, ['-t', '-c', conf, '-g', `pid ${dir}/nginx.pid;`], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t failed: ${test.stderr}`);
  const child = spawn(binary, ['-c', conf, '-g', `daemon off; pid ${dir}/nginx.pid;`], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let attempt = 0; ; attempt++) {
    const up = await fetch(`http://127.0.0.1:${listen.customer}/healthz`).then((res) => res.ok, () => false);
    if (up) break;
    if (attempt > 100 || child.exitCode !== null) throw new Error('nginx did not come up');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    ...{ ownerPort: listen.owner, customerPort: listen.customer },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGQUIT');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
