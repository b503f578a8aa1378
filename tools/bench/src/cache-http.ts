// Cache bench (issue 12): the public slot endpoint cold vs cached (Redis, in-process LRU) vs the
// one-query baseline, in one run on PostgreSQL, plus a shop page. Redis is a redis-server of the
// bench's own (the binary on PATH) on a free port, so nothing else's keys are touched.
// Run: DATABASE_URL=postgres://… npm run bench:cache [-- --duration 10 --connections 50]
import { createTestSigner } from '@salon/auth/testing';
import { startRedisServer } from '@salon/cache/testing';
import { sql } from '@salon/db';
import { measureTriggerCost } from './cache-http/booking-trigger-cost';
import { median, medianOf } from './owner-http/medians';
import { startCacheServer } from './cache-http/start-cache-server';
import { loadAverageLine, machineLine, parseBenchFlags, runBench } from './owner-http/bench-flags';
import { addDays, generateOwnerShop, nextLondonMonday } from './owner-http/generate-owner-shop';
import { loadEndpoint, type LoadResult, type Scenario } from './owner-http/load';
import { percent, printTable } from './owner-http/report';
import { checkOnce, exitCodeOf, waitUntilIdle } from './owner-http/scenario-checks';
import { createScratchDatabase } from './owner-http/scratch-database';
import { seedCustomers, seedOwner, seedOwnerShop } from './owner-http/seed-owner-shop';

async function main(): Promise<number> {
  const parsed = parseBenchFlags('cache', { rounds: { type: 'string', default: '3' } });
  if (!parsed) return 2;
  const { flags, load, serverUrl } = parsed;
  console.log(machineLine('cache HTTP'));
  const date = nextLondonMonday(new Date());
  const shop = generateOwnerShop({ weekStart: date, historyDays: 0, staffCount: 10, customerCount: 200, density: 0.42 });
  const scratch = await createScratchDatabase(serverUrl);
  const redis = await startRedisServer();
  process.once('SIGINT', () => void Promise.all([scratch.drop(), redis.stop()]).finally(() => process.exit(130)));
  try {
    const { db } = scratch.handle;
    const ownerId = await seedOwner(db, 'user_bench_owner');
    const customerIds = await seedCustomers(db, 200);
    const slots = await seedOwnerShop(db, { ownerId, customerIds, shop, name: 'Bench Salon (10 staff)' });
    await db.execute(sql`analyze`);
    console.log(`Data: one shop, 10 staff, ${Math.round(100 * shop.weekOccupancy)}% of ${date}..${addDays(date, 6)} booked; Redis: redis-server on :${redis.port}.`);
    console.log(
      `Load: autocannon, ${load.connections} connections, ${load.warmupSeconds} s warm-up, then ${flags.rounds} interleaved rounds of ${load.durationSeconds} s per scenario; medians.\n`,
    );
    const server = await startCacheServer({ databaseUrl: scratch.url, redisUrl: redis.url, jwtKey: createTestSigner().publicKeyPem, logLevel: flags['log-level'] });
    const at = (port: number) => `http://127.0.0.1:${port}/api/v1/schedules/calendar-view/${slots.shopId}?serviceId=${slots.serviceId}&from=${date}&to=${addDays(date, 6)}`;
    const measure = async () => {
      const scenarios: Scenario[] = [
        { name: 'baseline: select 1 (public)', url: `http://127.0.0.1:${server.baselinePort}/api/v1/bench/shops/${slots.shopId}` },
        { name: 'slots 10x7 cold (all miss)', url: at(server.coldPort) },
        { name: 'slots 10x7 cached Redis', url: at(server.redisPort) },
        { name: 'slots 10x7 cached LRU', url: at(server.memoryPort) },
        { name: 'staff page cached Redis', url: `http://127.0.0.1:${server.redisPort}/api/v1/shops/${slots.shopId}/staff` },
      ];
      // Interleaved rounds, medians: other jobs on the machine come and go within a run, and a
      // scenario measured only while they run would look worse than one measured in a quiet minute.
      for (const scenario of scenarios) await checkOnce(scenario);
      const rounds: LoadResult[][] = scenarios.map(() => []);
      for (let round = 0; round < Math.max(1, Number(flags.rounds)); round += 1) {
        for (const [index, scenario] of scenarios.entries()) {
          rounds[index]!.push(await loadEndpoint(scenario, { ...load, warmupSeconds: round === 0 ? load.warmupSeconds : 0 }));
          await waitUntilIdle(db);
        }
      }
      const results = rounds.map(medianOf);
      const [baseline, cold, redisHit, memoryHit] = results as [LoadResult, LoadResult, LoadResult, LoadResult];
      console.log('');
      printTable(results, { 'select 1': baseline, cold });
      console.log(`\n${loadAverageLine()}`);
      const part = (label: string, r: LoadResult) => `${label} ${r.rps.toFixed(0)} req/s p99 ${r.p99Ms} ms (${percent(r.rps, baseline.rps)} of baseline)`;
      console.log(`bench cache: ${part('slots cold', cold)}; ${part('cached redis', redisHit)}; ${part('cached lru', memoryHit)}; baseline ${baseline.rps.toFixed(0)} req/s p99 ${baseline.p99Ms} ms`);
      return exitCodeOf(results);
    };
    const code = await measure().finally(() => server.stop());
    // After the HTTP runs (their server is gone), so the bookings below do not change what they listed.
    for (const concurrency of [1, 10]) {
      const cost = await measureTriggerCost(db, { rounds: 8, perRound: 60, concurrency });
      const [on, off] = [median(cost.withMs), median(cost.withoutMs)];
      console.log(
        `${concurrency === 1 ? '\n' : ''}createBooking (slot check, booking, hold, history; ${concurrency} connection(s), one 10-staff shop, ${cost.bookingsPerRound} per round, trigger on/off alternating, ` +
          `median of ${cost.withMs.length} rounds each): with the cache-version trigger ${on.toFixed(2)} ms/booking, without ${off.toFixed(2)} ms/booking.`,
      );
      console.log(`bench cache trigger: ${concurrency} connection(s) ${((100 * (on - off)) / off).toFixed(0)}% per booking (${on.toFixed(2)} vs ${off.toFixed(2)} ms)`);
    }
    return code;
  } finally {
    await Promise.all([scratch.drop(), redis.stop()]);
  }
}

runBench(main);
