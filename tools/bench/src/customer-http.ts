// Customer HTTP bench: shop search (q, near, availableOn) and the public slot endpoint under load,
// against a real customer-api on PostgreSQL with 10,000 shops and 100,000 services.
// Each search runs twice: through the search page cache as configured (--search-cache-ttl, default the
// app's SEARCH_CACHE_TTL_SECONDS default; not exact, pages up to that old) and with it off (every
// request runs the SQL and, for availableOn, the engine): both figures, same run, same data.
// Run: DATABASE_URL=postgres://… npm run bench:customer-http [-- --duration 10 --connections 50 --search-cache-ttl 10]
import { createTestSigner } from '@salon/auth/testing';
import { DEFAULT_SEARCH_CACHE_TTL_SECONDS } from '@salon/customer-api/config';
import { sql } from '@salon/db';
import { explainSearches } from './customer-http/explain';
import { CITIES, generateShops, TYPOS } from './customer-http/generate-shops';
import { customerHeadline, printSearchPlans } from './customer-http/report';
import { seedShops } from './customer-http/seed-shops';
import { createRandom } from './random';
import { loadAverageLine, machineLine, parseBenchFlags, runBench } from './owner-http/bench-flags';
import { addDays, generateOwnerShop, nextLondonMonday } from './owner-http/generate-owner-shop';
import { type LoadResult, type Scenario } from './owner-http/load';
import { printTable } from './owner-http/report';
import { exitCodeOf, runScenarios } from './owner-http/scenario-checks';
import { createScratchDatabase } from './owner-http/scratch-database';
import { seedCustomers, seedOwner, seedOwnerShop } from './owner-http/seed-owner-shop';
import { startServer } from './owner-http/start-server';

/** Points a `near` search starts from: around the cities' centres, the same every run. */
function nearPoints(count: number): [number, number][] {
  const random = createRandom(7);
  return Array.from({ length: count }, (_, index) => {
    const city = CITIES[index % CITIES.length]!;
    return [Number((city.lat + (random() - 0.5) * 0.2).toFixed(4)), Number((city.lng + (random() - 0.5) * 0.3).toFixed(4))];
  });
}

async function main(): Promise<number> {
  const parsed = parseBenchFlags('customer-http', {
    shops: { type: 'string', default: '10000' },
    'search-cache-ttl': { type: 'string', default: String(DEFAULT_SEARCH_CACHE_TTL_SECONDS) },
  });
  if (!parsed) return 2;
  const { flags, load, serverUrl } = parsed;
  console.log(machineLine('customer HTTP'));
  const date = nextLondonMonday(new Date());
  const generated = generateShops({ shopCount: Number(flags.shops) });
  const slotShop = generateOwnerShop({ weekStart: date, historyDays: 0, staffCount: 10, customerCount: 200, density: 0.42 });
  const scratch = await createScratchDatabase(serverUrl);
  process.once('SIGINT', () => void scratch.drop().finally(() => process.exit(130)));
  try {
    const { db } = scratch.handle;
    const seededAt = Date.now();
    const ownerId = await seedOwner(db, 'user_bench_owner');
    const shopIds = await seedShops(db, { ownerId, ...generated, closedDate: date });
    const customerIds = await seedCustomers(db, 200);
    const slots = await seedOwnerShop(db, { ownerId, customerIds, shop: slotShop, name: 'Bench Salon (10 staff)' });
    await db.execute(sql`analyze`);
    const closed = generated.shops.filter((shop) => shop.closedOnDate).length;
    console.log(
      `Data: ${shopIds.length.toLocaleString('en-US')} shops in ${CITIES.length} cities, ${generated.services.length.toLocaleString('en-US')} services, ` +
        `1–3 staff each, ${closed} shops closed on ${date}; slot shop: 10 staff, ${Math.round(100 * slotShop.weekOccupancy)}% of ${date}..${addDays(date, 6)} booked. ` +
        `Seeded in ${((Date.now() - seededAt) / 1000).toFixed(1)} s.`,
    );
    const ttl = Number(flags['search-cache-ttl']);
    console.log(`Load: autocannon, ${load.connections} connections, ${load.warmupSeconds} s warm-up + ${load.durationSeconds} s per scenario.`);
    console.log(`Search page cache: [cached] = SEARCH_CACHE_TTL_SECONDS=${ttl} (pages up to ${ttl} s old, in-process LRU); [uncached] = 0, every request computed.\n`);

    const server = await startServer({ databaseUrl: scratch.url, jwtKey: createTestSigner().publicKeyPem, logLevel: flags['log-level'], searchCacheTtlSeconds: ttl });
    const measure = async () => {
      const api = `http://127.0.0.1:${server.customerPort}`;
      const uncachedApi = `http://127.0.0.1:${server.customerNoSearchCachePort}`;
      const points = nearPoints(50);
      const cities = CITIES.map((city) => encodeURIComponent(city.name));
      const searches: [string, string[]][] = [
        ['search q=<typo>', TYPOS.map((word) => `/api/v1/shops/search?q=${word}`)],
        ['search near=<point>&radiusKm=5', points.map(([lat, lng]) => `/api/v1/shops/search?near=${lat},${lng}&radiusKm=5`)],
        ['search availableOn&q&city', TYPOS.map((word, index) => `/api/v1/shops/search?availableOn=${date}&q=${word}&city=${cities[index % cities.length]}`)],
      ];
      const scenarios: Scenario[] = [
        { name: 'baseline: select 1 (public)', url: `http://127.0.0.1:${server.baselinePort}/api/v1/bench/shops/${shopIds[0]}` },
        ...searches.map(([name, paths]) => ({ name: `${name} [cached]`, url: api, paths })),
        ...searches.map(([name, paths]) => ({ name: `${name} [uncached]`, url: uncachedApi, paths })),
        { name: 'slots 10 staff x 7 days', url: `${api}/api/v1/schedules/calendar-view/${slots.shopId}?serviceId=${slots.serviceId}&from=${date}&to=${addDays(date, 6)}` },
      ];
      const results = await runScenarios(db, scenarios, load);
      const [baseline, q, near, availableOn, qOff, nearOff, availableOnOff, slotView] = results as LoadResult[] as [
        LoadResult, LoadResult, LoadResult, LoadResult, LoadResult, LoadResult, LoadResult, LoadResult,
      ];
      console.log('');
      printTable(results, { 'select 1': baseline });
      console.log('');
      printSearchPlans(await explainSearches(db, { word: TYPOS[0]!, near: points[0]!, city: CITIES[0]!.name }));
      console.log(`\n${loadAverageLine()}`);
      console.log(customerHeadline({ q, near, availableOn, slots: slotView, baseline, ttl, uncached: { q: qOff, near: nearOff, availableOn: availableOnOff } }));
      return exitCodeOf(results);
    };
    return await measure().finally(() => server.stop());
  } finally {
    await scratch.drop();
  }
}

runBench(main);
