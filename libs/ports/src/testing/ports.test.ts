import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect, createServer } from 'node:net';
import { freePort, waitForPort } from './index';

const node = (script: string) => spawn(process.execPath, ['-e', script], { stdio: 'ignore', env: { ...process.env, NODE_OPTIONS: '' } });

describe('freePort', () => {
  it('gives a loopback port that refuses connections and can then be listened on', async () => {
    const port = await freePort();
    const socket = connect(port, '127.0.0.1');
    const [error] = (await once(socket, 'error')) as [NodeJS.ErrnoException];
    expect(error.code).toBe('ECONNREFUSED');
    const server = createServer().listen(port, '127.0.0.1');
    await once(server, 'listening');
    server.close();
  });

  it('is never a port the kernel hands out for listen(0) (below its ephemeral range), so another server cannot take it meanwhile', async () => {
    const [low] = (await import('node:fs')).readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    const ports = await Promise.all(Array.from({ length: 20 }, () => freePort()));
    expect(ports.every((port) => port >= 10_000 && port < low!)).toBe(true);
  });

  it('skips a port something already listens on', async () => {
    const taken = await freePort();
    const server = createServer().listen(taken, '127.0.0.1');
    await once(server, 'listening');
    const random = jest.spyOn(Math, 'random');
    // First draw: the taken port; second: any other.
    const [low] = (await import('node:fs')).readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    random.mockReturnValueOnce((taken - 10_000 + 0.5) / (low! - 10_000));
    try {
      expect(await freePort()).not.toBe(taken);
    } finally {
      random.mockRestore();
      server.close();
    }
  });
});

describe('waitForPort', () => {
  it('resolves once the child listens', async () => {
    const port = await freePort();
    const child = node(`require('node:net').createServer().listen(${port}, '127.0.0.1')`);
    try {
      await expect(waitForPort(port, child, { name: 'listener', timeoutMs: 20_000, intervalMs: 25 })).resolves.toBeUndefined();
    } finally {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
  });

  it('rejects naming the child and its exit code when it exits first', async () => {
    const port = await freePort();
    const child = node('process.exit(3)');
    await once(child, 'exit');
    await expect(waitForPort(port, child, { name: 'quitter', timeoutMs: 20_000, intervalMs: 25, describe: () => 'why' })).rejects.toThrow(
      'quitter exited with code 3: why',
    );
  });

  it('rejects after the timeout and kills the child', async () => {
    const port = await freePort();
    const child = node('setInterval(() => {}, 1000)');
    const exited = once(child, 'exit');
    await expect(waitForPort(port, child, { name: 'sleeper', timeoutMs: 200, intervalMs: 25 })).rejects.toThrow(`sleeper did not listen on ${port}`);
    const [, signal] = await exited;
    expect(signal).toBe('SIGKILL');
  });
});
