// Scale-out bench: two replicas of each API (their real main.ts processes) behind NGINX running
// deploy/nginx.conf, through pgBouncer in transaction mode, on PostgreSQL, with shared rate limits in
// Redis. (1) The whole-flow mix (slot and shop reads, search, bookings) at 50 connections for 60 s:
// zero 5xx, p99. (2) The same slot and search requests at 1,000 and at 100,000 shops, each beside
// the shop page in the same run, to show whether the cost per request stays flat.
// Run: DATABASE_URL=postgres://… [REDIS_URL=redis://…] npm run bench:replicas [-- --duration 60 --large 100000]
import { createTestSigner } from '@salon/auth/testing';
import { sql, type Database } from '@salon/db';
import { rowsOf } from './owner-http/rows-of';
import { distinctSlots, seedBookingShop, seedCustomer } from './booking-http/seed-booking-shop';
import { loadAverageLine, machineLine, parseBenchFlags, runBench } from './owner-http/bench-flags';
import { addDays, nextLondonMonday } from './owner-http/generate-owner-shop';
import { loadEndpoint, type LoadResult } from './owner-http/load';
import { printTable } from './owner-http/report';
import { checkOnce, waitUntilIdle } from './owner-http/scenario-checks';
import { createScratchDatabase } from './owner-http/scratch-database';
import { seedOwner } from './owner-http/seed-owner-shop';
import { printMix, printScale, scaleScenarios } from './replicas/report';
import { runMix, type MixKind } from './replicas/mix';
import { firstServiceOf, seedScaleShops } from './replicas/seed-scale';
import { canUsePgBouncer, startStack } from './replicas/stack';

const OWNER = 'user_bench_owner';
const BOOKER = 'user_bench_booker';

async function main(): Promise<number> {
  const parsed = parseBenchFlags('replicas', {
    small: { type: 'string', default: '1000' }, large: { type: 'string', default: '100000' }, replicas: { type: 'string', default: '2' },
    pool: { type: 'string', default: canUsePgBouncer() ? 'pgbouncer' : 'direct' }, 'scale-duration': { type: 'string', default: '10' },
    'scale-connections': { type: 'string', default: '10' },
  });
  if (!parsed) return 2;
  const { flags, serverUrl } = parsed;
  const mixLoad = { ...parsed.load, durationSeconds: flags.duration === '10' ? 60 : parsed.load.durationSeconds };
  const scaleLoad = { ...parsed.load, durationSeconds: Number(flags['scale-duration']), connections: Number(flags['scale-connections']) };
  const signer = createTestSigner();
  const auth = async (sub: string, role: 'owner' | 'customer') => `Bearer ${await signer.sign({ sub, sid: `sess_${sub}`, role, expiresIn: '2h' })}`;
  const date = nextLondonMonday(new Date());
  console.log(machineLine('replicas'));
  let code = 0;
  const scale: Array<{ shops: number; results: LoadResult[] }> = [];
  // --large 0 runs the first phase only (e.g. to compare --pool direct with --pool pgbouncer).
  for (const shopCount of [Number(flags.small), Number(flags.large)].filter((count) => count > 0)) {
    const scratch = await createScratchDatabase(serverUrl);
    const interrupted = () => void scratch.drop().finally(() => process.exit(130));
    process.once('SIGINT', interrupted);
    try {
      const { db } = scratch.handle;
      const seededAt = Date.now();
      const ownerId = await seedOwner(db, OWNER);
      const shopIds = await seedScaleShops(db, { ownerId, shopCount, closedDate: date });
      const bookingShop = await seedBookingShop(db, { ownerId, staffCount: 40, name: 'Bench Salon (bookings)' });
      await seedCustomer(db, BOOKER);
      await db.execute(sql`analyze`);
      console.log(`\n== ${shopCount.toLocaleString('en-US')} shops (10 services, 1–3 staff each), seeded in ${((Date.now() - seededAt) / 1000).toFixed(0)} s`);
      const stack = await startStack({ databaseUrl: scratch.url, jwtKey: signer.publicKeyPem, redisUrl: process.env['REDIS_URL'], replicas: Number(flags.replicas), pool: flags.pool as 'pgbouncer' | 'direct', logLevel: flags['log-level'] });
      try {
        console.log(`Stack: ${stack.describe}; Redis: ${process.env['REDIS_URL'] ? 'shared rate limits' : 'unset (per-process limits)'}`);
        const sample = shopIds.slice(0, 50);
        const serviceOf = await firstServiceOf(db, sample);
        const slotPaths = sample.map((id) => `/api/v1/schedules/calendar-view/${id}?serviceId=${serviceOf.get(id)}&from=${date}&to=${addDays(date, 6)}`);
        const scenarios = scaleScenarios({ target: stack.customerTargets[0]!, shopIds: sample, slotPaths, date });
        for (const scenario of scenarios) await checkOnce(scenario);
        if (shopCount === Number(flags.small)) {
          const bodies = distinctSlots(bookingShop, new Date(), 40_000).map((slot) =>
            JSON.stringify({ shopId: bookingShop.shopId, serviceId: bookingShop.serviceId, staffId: slot.staffId, start: slot.start.toISOString() }));
          const booker = { authorization: await auth(BOOKER, 'customer'), 'content-type': 'application/json' };
          const owner = { authorization: await auth(OWNER, 'owner') };
          const kinds: MixKind[] = [
            { name: 'slots (customer calendar view, 7 days)', weight: 45, requests: slotPaths.map((path) => ({ method: 'GET', path })) },
            { name: 'shop page', weight: 25, requests: sample.map((id) => ({ method: 'GET', path: `/api/v1/shops/${id}` })) },
            { name: 'search (q+city, near 5 km)', weight: 20, requests: scenarios[3]!.paths!.flatMap((path, i) => [{ method: 'GET' as const, path }, { method: 'GET' as const, path: scenarios[2]!.paths![i % scenarios[2]!.paths!.length]! }]) },
            { name: 'bookings (POST, distinct free slots)', weight: 10, requests: bodies.map((body) => ({ method: 'POST', path: '/api/v1/bookings', headers: booker, body })) },
          ];
          const ownerKinds: MixKind[] = [
            { name: 'owner slots (calendar view)', weight: 100, requests: sample.map((id) => ({ method: 'GET', path: `/api/v1/schedules/calendar-view/${id}`, headers: owner })) },
          ];
          const ownerConnections = Math.max(1, Math.round(mixLoad.connections / 25));
          console.log(`\nWhole-flow mix: ${mixLoad.connections - ownerConnections} connections on customer-api, ${ownerConnections} on owner-api, ${mixLoad.durationSeconds} s (after a ${mixLoad.warmupSeconds} s warm-up of the same mix)`);
          if (mixLoad.warmupSeconds > 0) await runMix(stack.customerTargets, kinds, { ...mixLoad, durationSeconds: mixLoad.warmupSeconds, timeoutSeconds: mixLoad.timeoutSeconds });
          const backends = sampleBackends(db);
          const [customerMix, ownerMix] = await Promise.all([
            runMix(stack.customerTargets, kinds, { connections: mixLoad.connections - ownerConnections, durationSeconds: mixLoad.durationSeconds, timeoutSeconds: mixLoad.timeoutSeconds }),
            runMix(stack.ownerTargets, ownerKinds, { connections: ownerConnections, durationSeconds: mixLoad.durationSeconds, timeoutSeconds: mixLoad.timeoutSeconds }),
          ]);
          const maxBackends = await backends.stop();
          code = Math.max(code, printMix(customerMix, ownerMix));
          console.log(`  PostgreSQL backends on the bench database during the mix: at most ${maxBackends} (the apps hold ${2 * Number(flags.replicas) * 10} client connections: ${flags.replicas} replicas × 2 APIs × pool 10)`);
          await waitUntilIdle(db);
        }
        console.log(`\nSame requests at ${shopCount.toLocaleString('en-US')} shops: ${scaleLoad.connections} connections, ${scaleLoad.warmupSeconds} s warm-up + ${scaleLoad.durationSeconds} s each`);
        const results: LoadResult[] = [];
        for (const scenario of scenarios) {
          results.push(await loadEndpoint(scenario, scaleLoad));
          await waitUntilIdle(db);
        }
        printTable(results, { 'shop page': results[0]! });
        scale.push({ shops: shopCount, results });
      } finally {
        await stack.stop();
      }
    } finally {
      process.removeListener('SIGINT', interrupted);
      await scratch.drop();
    }
  }
  console.log(`\n${loadAverageLine()}`);
  printScale(scale);
  return code;
}


/** Polls the number of server connections (backends) on the bench database every 250 ms; stop() returns the most seen. */
function sampleBackends(db: Database): { stop(): Promise<number> } {
  let most = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const [row] = rowsOf<{ n: number }>(await db.execute(sql`
        select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`));
      most = Math.max(most, row?.n ?? 0);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return most;
    },
  };
}

runBench(main);
