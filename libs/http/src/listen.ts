import { type Express } from 'express';
import { type Server } from 'node:http';
import { answerClientErrors } from './client-error';

export type RunningServer = { port: number; close(): Promise<void> };

/**
 * Listens and returns a close() that drains: it stops accepting, lets requests in flight
 * finish, and cuts what is left after `drainMs`, so SIGTERM never drops a booking halfway.
 */
export function listen(app: Express, port: number, opts: { host?: string; drainMs?: number } = {}): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server: Server = app.listen(port, opts.host ?? '0.0.0.0');
    answerClientErrors(server);
    server.once('error', reject);
    server.once('listening', () => {
      const address = server.address();
      const boundPort = typeof address === 'object' && address ? address.port : port;
      resolve({ port: boundPort, close: () => closeServer(server, opts.drainMs ?? 10_000) });
    });
  });
}

function closeServer(server: Server, drainMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), drainMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/**
 * Calls `shutdown` once on SIGTERM or SIGINT; a second signal exits at once.
 * @pure false
 */
export function onShutdownSignal(shutdown: (signal: string) => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    shutdown(signal).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
}
