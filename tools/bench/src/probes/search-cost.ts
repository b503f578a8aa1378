// What one search request costs, machine load aside: request-cost.ts for the customer bench's
// searches. The real customer app (search page cache off by default: the cost of computing a page) and the
// baseline app in-process on a database seeded like the bench's (10,000 shops, 100,000 services);
// per request, the Node CPU of this process (server and fetch client) and the CPU of the pool's
// PostgreSQL backends. Ratios to the baseline predict the bench's uncached figures.
// Run: DATABASE_URL=… npx tsx tools/bench/src/probes/search-cost.ts [requests] [search cache TTL s, default 0: off]
import { sql } from '@salon/db';
import { CITIES, generateShops, TYPOS } from '../customer-http/generate-shops';
import { seedShops } from '../customer-http/seed-shops';
import { nextLondonMonday } from '../owner-http/generate-owner-shop';
import { createScratchDatabase } from '../owner-http/scratch-database';
import { seedOwner } from '../owner-http/seed-owner-shop';
import { measureRoutes, startProbeServers, type ProbeRoute } from './probe-servers';

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
    const servers = await startProbeServers(scratch.url, { searchCacheTtlSeconds });
    const cycle = (paths: string[]) => { let next = 0; return () => fetch(`${servers.apiUrl}/api/v1/shops/search?${paths[next++ % paths.length]}`); };
    const cities = CITIES.map((city) => encodeURIComponent(city.name));
    const routes: ProbeRoute[] = [
      ['baseline select 1', () => fetch(`${servers.baselineUrl}/api/v1/bench/shops/${shopIds[0]}`)],
      ['search q', cycle(TYPOS.map((q) => `q=${q}`))],
      ['search near 5 km', cycle(CITIES.map((c) => `near=${c.lat},${c.lng}&radiusKm=5`))],
      ['search availableOn&q&city', cycle(TYPOS.map((q, i) => `availableOn=${date}&q=${q}&city=${cities[i % cities.length]}`))],
    ];
    await measureRoutes(db, routes, count, `search page cache TTL ${searchCacheTtlSeconds} s`);
    await servers.close();
  } finally {
    await scratch.drop();
  }
}

main().catch((error: unknown) => { console.error(error); process.exit(1); });
