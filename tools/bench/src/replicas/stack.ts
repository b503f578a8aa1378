import { pgBouncerBinary, startPgBouncer, type RunningPgBouncer } from '@salon/db/testing';
import { freePort } from '@salon/ports/testing';
import { spawnApp, type SpawnedApp } from '@salon/runtime/testing';
import { nginxBinary, startLocalNginx, type LocalNginx } from './local-nginx';

export type Stack = {
  /** Where the load goes: NGINX's ports, or each replica's own when NGINX is not installed. */
  ownerTargets: string[];
  customerTargets: string[];
  describe: string;
  /** The app processes, owner-api's then customer-api's (e.g. to stop one and see NGINX route around it). */
  apps: { owner: SpawnedApp[]; customer: SpawnedApp[] };
  stop(): Promise<void>;
};

export type StackOptions = { databaseUrl: string; jwtKey: string; redisUrl?: string; replicas: number; pool: 'pgbouncer' | 'direct'; logLevel: string };

/**
 * `replicas` processes of each API (their real main.ts), optionally through a local pgBouncer in
 * transaction mode, behind a local NGINX running deploy/nginx.conf when nginx is installed; else
 * the load generator spreads its connections over the replicas itself (round-robin by connection).
 */
export async function startStack(opts: StackOptions): Promise<Stack> {
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch(() => undefined);
  };
  try {
    let bouncer: RunningPgBouncer | undefined;
    if (opts.pool === 'pgbouncer') {
      bouncer = await startPgBouncer({ serverUrl: opts.databaseUrl, serverPoolSize: 20 });
      stops.push(() => bouncer!.close());
    }
    const database = new URL(opts.databaseUrl).pathname.slice(1);
    const env = {
      DATABASE_URL: bouncer ? bouncer.urlFor(database) : opts.databaseUrl,
      DATABASE_POOL_MODE: bouncer ? 'transaction' : 'session',
      DATABASE_POOL_SIZE: '10',
      CLERK_JWT_KEY: opts.jwtKey,
      ...(opts.redisUrl && { REDIS_URL: opts.redisUrl }),
      // Budgets at the maximum: the bench measures throughput, not the limiter's refusals.
      RATE_LIMIT_PER_MINUTE: '1000000',
      RATE_LIMIT_PER_IP_PER_MINUTE: '1000000',
      TRUST_PROXY: '1',
      LOG_LEVEL: opts.logLevel,
      // Searches computed on every request, as before the search page cache: this bench measures
      // how computing them scales with data and replicas (customer-http shows the cache on and off).
      SEARCH_CACHE_TTL_SECONDS: '0',
    };
    const apps: SpawnedApp[] = [];
    for (const app of ['owner-api', 'customer-api'] as const) {
      for (let i = 0; i < opts.replicas; i++) {
        const started = await spawnApp(app, env, { timeoutMs: 180_000 });
        stops.push(() => started.close());
        apps.push(started);
      }
    }
    const owner = apps.slice(0, opts.replicas);
    const customer = apps.slice(opts.replicas);
    const pool = bouncer ? 'pgBouncer (transaction mode, 20 server connections)' : 'PostgreSQL directly';
    let nginx: LocalNginx | undefined;
    if (nginxBinary()) {
      nginx = await startLocalNginx({ owner: owner.map((a) => a.port), customer: customer.map((a) => a.port) }, { owner: await freePort(), customer: await freePort() });
      stops.push(() => nginx!.stop());
      return {
        ownerTargets: [`http://127.0.0.1:${nginx.ownerPort}`],
        customerTargets: [`http://127.0.0.1:${nginx.customerPort}`],
        describe: `NGINX (deploy/nginx.conf) → ${opts.replicas} owner-api + ${opts.replicas} customer-api processes → ${pool}`,
        apps: { owner, customer },
        stop,
      };
    }
    return {
      ownerTargets: owner.map((a) => a.url),
      customerTargets: customer.map((a) => a.url),
      describe: `no nginx installed: the bench splits connections round-robin over ${opts.replicas} owner-api + ${opts.replicas} customer-api processes → ${pool}`,
      apps: { owner, customer },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

export const canUsePgBouncer = () => pgBouncerBinary() !== undefined;
