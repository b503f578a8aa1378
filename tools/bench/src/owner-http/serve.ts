// Child process of the owner and customer HTTP benches: the real owner and customer APIs (created
// with the real deps startApi builds) and the baseline app, both on 127.0.0.1 over one postgres.js pool of 10, as
// `npx nx serve owner-api` runs. It has its own process so the load generator does not share its
// event loop. Started by owner-http.ts with fork(); tells the parent its ports over IPC.
import { createCustomerApp } from '@salon/customer-api/app';
import { DEFAULT_SEARCH_CACHE_TTL_SECONDS } from '@salon/customer-api/config';
import { createOwnerApp } from '@salon/owner-api/app';
import { createDatabase } from '@salon/db';
import { createLogger, listen } from '@salon/http';
import { createIdentityContext } from '@salon/identity';
import { createRateLimits } from '@salon/runtime';
import { createBaselineApp } from './baseline-app';

/** customerPort: search page cache as configured (BENCH_SEARCH_CACHE_TTL_SECONDS, else the app's default); customerNoSearchCachePort: the same app with it off. */
export type ServeMessage = { ownerPort: number; customerPort: number; customerNoSearchCachePort: number; baselinePort: number };

async function main(): Promise<void> {
  const url = process.env['BENCH_DATABASE_URL'];
  const jwtKey = process.env['BENCH_JWT_KEY'];
  if (!url || !jwtKey || !process.send) throw new Error('serve.ts is started by owner-http.ts or customer-http.ts');
  const logger = createLogger({ name: 'owner-api', level: process.env['BENCH_LOG_LEVEL'] ?? 'warn' });
  const database = await createDatabase({ url });
  const ctx = createIdentityContext({ db: database.db, now: () => new Date(), clerk: { jwtKey } });
  // The production limiter with the highest budgets config allows, so no run trips it.
  const rateLimits = createRateLimits({ name: 'owner-api', config: { RATE_LIMIT_PER_MINUTE: 1_000_000, RATE_LIMIT_PER_IP_PER_MINUTE: 1_000_000 }, logger });
  const deps = { ctx, database, logger, rateLimits: rateLimits.limits };
  const owner = await listen(createOwnerApp(deps), 0, { host: '127.0.0.1', drainMs: 15_000 });
  const searchCacheTtlSeconds = Number(process.env['BENCH_SEARCH_CACHE_TTL_SECONDS'] ?? DEFAULT_SEARCH_CACHE_TTL_SECONDS);
  const customer = await listen(createCustomerApp(deps, { searchCacheTtlSeconds }), 0, { host: '127.0.0.1', drainMs: 15_000 });
  const customerNoSearchCache = await listen(createCustomerApp(deps, { searchCacheTtlSeconds: 0 }), 0, { host: '127.0.0.1', drainMs: 15_000 });
  const baseline = await listen(createBaselineApp(deps), 0, { host: '127.0.0.1', drainMs: 15_000 });
  process.on('disconnect', () => {
    void Promise.all([owner.close(), customer.close(), customerNoSearchCache.close(), baseline.close()]).then(() => database.close()).finally(() => process.exit(0));
  });
  process.send({ ownerPort: owner.port, customerPort: customer.port, customerNoSearchCachePort: customerNoSearchCache.port, baselinePort: baseline.port } satisfies ServeMessage);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench server: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
