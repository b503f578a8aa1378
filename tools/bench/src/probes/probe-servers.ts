import { createTestSigner } from '@salon/auth/testing';
import { createCustomerApp } from '@salon/customer-api/app';
import { createDatabase, type Database } from '@salon/db';
import { createLogger, listen } from '@salon/http';
import { createIdentityContext } from '@salon/identity';
import { createRateLimits } from '@salon/runtime';
import { createBaselineApp } from '../owner-http/baseline-app';
import { backendTicks } from './backend-ticks';

export type ProbeRoute = [name: string, send: () => Promise<Response>];

/**
 * The real customer app and the baseline app served in this process on `url` (the bench's
 * production rate limiter with budgets no probe trips), and the signer its tokens come from.
 */
export async function startProbeServers(url: string, opts: { searchCacheTtlSeconds?: number } = {}) {
  const database = await createDatabase({ url });
  const signer = createTestSigner();
  const logger = createLogger({ name: 'customer-api', level: 'warn' });
  const ctx = createIdentityContext({ db: database.db, now: () => new Date(), clerk: { jwtKey: signer.publicKeyPem } });
  const rateLimits = createRateLimits({ name: 'customer-api', config: { RATE_LIMIT_PER_MINUTE: 1_000_000, RATE_LIMIT_PER_IP_PER_MINUTE: 1_000_000 }, logger });
  const deps = { ctx, database, logger, rateLimits: rateLimits.limits };
  const api = await listen(createCustomerApp(deps, opts), 0, { host: '127.0.0.1', drainMs: 1000 });
  const baseline = await listen(createBaselineApp(deps), 0, { host: '127.0.0.1', drainMs: 1000 });
  return {
    signer,
    apiUrl: `http://127.0.0.1:${api.port}`,
    baselineUrl: `http://127.0.0.1:${baseline.port}`,
    close: async () => { await api.close(); await baseline.close(); await database.close(); },
  };
}

/**
 * Per route: 20 warm-up requests, then `count` sequential ones; prints per request the wall time,
 * this process's Node CPU (server and fetch client alike) and the PostgreSQL backends' CPU, read
 * through `db` (/proc: the server must run on this machine). Throws on any answer >= 300.
 */
export async function measureRoutes(db: Database, routes: ProbeRoute[], count: number, heading: string): Promise<void> {
  console.log(`${heading}; per request, ${count} sequential requests each after 20 warm-up (load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`);
  for (const [name, send] of routes) {
    for (let i = 0; i < 20; i += 1) await (await send()).text();
    const ticks = await backendTicks(db);
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (let i = 0; i < count; i += 1) {
      const res = await send();
      await res.text();
      if (res.status >= 300) throw new Error(`${name}: ${res.status}`);
    }
    const used = process.cpuUsage(cpu);
    const pg = ((await backendTicks(db)) - ticks) * 10;
    console.log(`  ${name.padEnd(26)} wall ${((performance.now() - started) / count).toFixed(2)} ms, Node CPU ${((used.user + used.system) / 1000 / count).toFixed(2)} ms, PostgreSQL CPU ${(pg / count).toFixed(2)} ms`);
  }
}
