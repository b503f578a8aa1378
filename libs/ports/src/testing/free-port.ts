import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** The lowest port we hand out: above the well-known and most registered service ports. */
const LOWEST = 10_000;

/**
 * A TCP port on 127.0.0.1 that nothing listens on, for a process a test starts itself (an app,
 * redis-server, pgbouncer, NGINX) or as an address that refuses. It is drawn at random BELOW the
 * kernel's ephemeral range (/proc/sys/net/ipv4/ip_local_port_range) and checked by binding it:
 * a port the OS handed out for `listen(0)` could be handed to another test's server again while our
 * child process is still starting (tsx compiles for seconds), which then answered our readiness
 * check in its place (a CI run saw NGINX lose both "replicas" that way). The kernel never gives a
 * port outside its range to `listen(0)`, so only another freePort() could pick the same one.
 */
export async function freePort(): Promise<number> {
  const [low] = ephemeralRange();
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = LOWEST + Math.floor(Math.random() * (low - LOWEST));
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port found between ${LOWEST} and ${low}`);
}

function ephemeralRange(): [number, number] {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    if (low && high && low > LOWEST + 1000) return [low, high];
  } catch {
    // Not Linux: the IANA dynamic range starts at 49152.
  }
  return [49_152, 65_535];
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
