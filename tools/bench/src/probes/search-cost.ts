// What one search request costs, machine load aside: request-cost.ts for the customer bench's
// searches. The real customer app (search page cache off by default: the cost of computing a page) and the
// baseline app in-process on a database seeded like the bench's (10,000 shops, 100,000 services);
// per request, the Node CPU of this process (server and fetch client) and the CPU of the pool's
// PostgreSQL backends. Ratios to the baseline predict the bench's uncached figures.
// Run: DATABASE_URL=… npx tsx tools/bench/src/probes/search-cost.ts [requests] [search cache TTL s, default 0: off]
import { createTestSigner } from '@salon/auth/testing';
import { createCustomerApp } from '@salon/customer-api/app';
import { createDatabase, sql } from '@salon/db';
import { createLogger, listen } from '@salon/http';
import { createIdentityContext } from '@salon/identity';
import { createRateLimits } from '@salon/runtime';
import { CITIES, generateShops, TYPOS } from '../customer-http/generate-shops';
import { seedShops } from '../customer-http/seed-shops';
import { createBaselineApp } from '../owner-http/baseline-app';
import { nextLondonMonday } from '../owner-http/generate-owner-shop';
import { createScratchDatabase } from '../owner-http/scratch-database';
import { seedOwner } from '../owner-http/seed-owner-shop';
import { backendTicks } from './backend-ticks';

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 300);
  const searchCacheTtlSeconds = Number(process.argv[3] ?? 0);
  const scratch = await createScratchDatabase(process.env['DATABASE_URL']!);
  try {
    const { db } = scratch.handle;
    const date = nextLondonMonday(new Date());
    const ownerId = await seedOwner(db, 'user_bench_owner');
    const shopIds = await seedShops(db, { ownerId, ...generateShops({ shopCount: 10000 }), closedDate: date });
    await db.execute(sql`analyze`);
    const database = await createDatabase({ url: scratch.url });
    const logger = createLogger({ name: 'customer-api', level: 'warn' });
    const ctx = createIdentityContext({ db: database.db, now: () => new Date(), clerk: { jwtKey: createTestSigner().publicKeyPem } });
    const rateLimits = createRateLimits({ name: 'customer-api', config: { RATE_LIMIT_PER_MINUTE: 1_000_000, RATE_LIMIT_PER_IP_PER_MINUTE: 1_000_000 }, logger });
    const deps = { ctx, database, logger, rateLimits: rateLimits.limits };
    const api = await listen(createCustomerApp(deps, { searchCacheTtlSeconds }), 0, { host: '127.0.0.1', drainMs: 1000 });
    const baseline = await listen(createBaselineApp(deps), 0, { host: '127.0.0.1', drainMs: 1000 });
    const cycle = (paths: string[]) => { let next = 0; return () => fetch(`http://127.0.0.1:${api.port}/api/v1/shops/search?${paths[next++ % paths.length]}`); };
    const cities = CITIES.map((city) => encodeURIComponent(city.name));
    const routes: [string, () => Promise<Response>][] = [
      ['baseline select 1', () => fetch(`http://127.0.0.1:${baseline.port}/api/v1/bench/shops/${shopIds[0]}`)],
      ['search q', cycle(TYPOS.map((q) => `q=${q}`))],
      ['search near 5 km', cycle(CITIES.map((c) => `near=${c.lat},${c.lng}&radiusKm=5`))],
      ['search availableOn&q&city', cycle(TYPOS.map((q, i) => `availableOn=${date}&q=${q}&city=${cities[i % cities.length]}`))],
    ];
    console.log(`search page cache TTL ${searchCacheTtlSeconds} s; per request, ${count} sequential requests each after 20 warm-up (load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`);
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
    await api.close();
    await baseline.close();
    await database.close();
  } finally {
    await scratch.drop();
  }
}

main().catch((error: unknown) => { console.error(error); process.exit(1); });
