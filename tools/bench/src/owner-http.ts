// Owner HTTP bench: slot preview and calendar view under load, against a real owner-api on
// PostgreSQL. Run: DATABASE_URL=postgres://… npm run bench:owner-http [-- --duration 10 --connections 50]
import { createTestSigner } from '@salon/auth/testing';
import { sql } from '@salon/db';
import { loadAverageLine, machineLine, parseBenchFlags, runBench } from './owner-http/bench-flags';
import { explainLoaderQueries } from './owner-http/explain';
import { addDays, generateOwnerShop, nextLondonMonday, type OwnerShopOptions } from './owner-http/generate-owner-shop';
import { type LoadResult, type Scenario } from './owner-http/load';
import { headline, printPlans, printTable } from './owner-http/report';
import { createScratchDatabase } from './owner-http/scratch-database';
import { seedCustomers, seedOwner, seedOwnerShop } from './owner-http/seed-owner-shop';
import { startServer } from './owner-http/start-server';
import { exitCodeOf, runScenarios } from './owner-http/scenario-checks';

const OWNER = 'user_bench_owner';
async function main(): Promise<number> {
  const parsed = parseBenchFlags('owner-http', { 'history-days': { type: 'string', default: '730' } });
  if (!parsed) return 2;
  const { flags, load, serverUrl } = parsed;
  console.log(machineLine('owner HTTP'));
  const weekStart = nextLondonMonday(new Date());
  const weekEnd = addDays(weekStart, 6);
  const options: OwnerShopOptions = { weekStart, historyDays: Number(flags['history-days']), staffCount: 10, customerCount: 200, density: 0.42 };
  const shop = generateOwnerShop(options);
  const twin = generateOwnerShop({ ...options, historyDays: 0 });
  const scratch = await createScratchDatabase(serverUrl);
  // Ctrl-C still drops the scratch database (WITH FORCE also ends the server's connections).
  process.once('SIGINT', () => void scratch.drop().finally(() => process.exit(130)));
  try {
    const { db } = scratch.handle;
    const seededAt = Date.now();
    const ownerId = await seedOwner(db, OWNER);
    const customerIds = await seedCustomers(db, options.customerCount);
    const main = await seedOwnerShop(db, { ownerId, customerIds, shop, name: 'Bench Salon (history)' });
    const fresh = await seedOwnerShop(db, { ownerId, customerIds, shop: twin, name: 'Bench Salon (week only)' });
    await db.execute(sql`analyze`);
    console.log(
      `Shop: Europe/London, 10 staff (split shifts Mon–Sat), ${shop.bookings.length.toLocaleString('en-US')} bookings over ` +
        `${options.historyDays} days + the week ${weekStart}..${weekEnd} (${Math.round(100 * shop.weekOccupancy)}% of its working time held); ` +
        `twin shop with the same week and no history. Seeded in ${((Date.now() - seededAt) / 1000).toFixed(1)} s.`,
    );
    console.log(`Load: autocannon, ${load.connections} connections, ${load.warmupSeconds} s warm-up + ${load.durationSeconds} s per scenario.\n`);

    const signer = createTestSigner();
    const token = await signer.sign({ sub: OWNER, sid: 'sess_bench', name: 'Bench Owner', role: 'owner', expiresIn: '1h' });
    const server = await startServer({ databaseUrl: scratch.url, jwtKey: signer.publicKeyPem, logLevel: flags['log-level'] });
    try {
      const owner = `http://127.0.0.1:${server.ownerPort}/api/v1`;
      const authorized = { authorization: `Bearer ${token}` };
      const preview = (shopId: string, serviceId: string): Scenario => ({
        name: '', url: `${owner}/schedules/generate-slots`, method: 'POST',
        headers: { ...authorized, 'content-type': 'application/json' },
        body: JSON.stringify({ shopId, serviceId, from: weekStart, to: weekEnd }),
      });
      const scenarios: Scenario[] = [
        { name: 'baseline: select 1 (public)', url: `http://127.0.0.1:${server.baselinePort}/api/v1/bench/shops/${main.shopId}` },
        { name: 'baseline: GET /auth/me', url: `${owner}/auth/me`, headers: authorized },
        { ...preview(fresh.shopId, fresh.serviceId), name: 'preview, same week, no history' },
        { ...preview(main.shopId, main.serviceId), name: 'preview 10 staff x 7 days' },
        { name: 'calendar 10 staff x 7 days', url: `${owner}/schedules/calendar-view/${main.shopId}?from=${weekStart}&to=${weekEnd}`, headers: authorized },
      ];
      const results = await runScenarios(db, scenarios, load);
      const [select, me, , previewed, calendar] = results as [LoadResult, LoadResult, LoadResult, LoadResult, LoadResult];
      console.log('');
      printTable(results, { 'auth/me': me, 'select 1': select });
      console.log('');
      printPlans(await explainLoaderQueries(db, { shopId: main.shopId, staffIds: main.staffIds, from: weekStart, to: weekEnd }));
      console.log(`\n${loadAverageLine()}`);
      console.log(headline(previewed, calendar, me));
      return exitCodeOf(results);
    } finally {
      await server.stop();
    }
  } finally {
    await scratch.drop();
  }
}

runBench(main);
