// Booking HTTP bench: POST /api/v1/bookings on a real customer-api over PostgreSQL, a distinct free
// slot per request, beside the raw rate of the same write (booking row + hold under the exclusion
// constraint) from the same machine in the same run.
// Run: DATABASE_URL=postgres://… npm run bench:booking-http [-- --duration 10 --connections 50 --staff 40 --rounds 3]
import { createTestSigner } from '@salon/auth/testing';
import { sql } from '@salon/db';
import { distinctSlots, seedBookingShop, seedCustomer, type BookingShop } from './booking-http/seed-booking-shop';
import { measureRawInserts } from './booking-http/raw-insert';
import { loadAverageLine, machineLine, parseBenchFlags, runBench } from './owner-http/bench-flags';
import { type LoadResult, type Scenario } from './owner-http/load';
import { median, medianOf } from './owner-http/medians';
import { percent, printTable } from './owner-http/report';
import { exitCodeOf, runScenarios } from './owner-http/scenario-checks';
import { createScratchDatabase } from './owner-http/scratch-database';
import { rowsOf } from './owner-http/rows-of';
import { seedOwner } from './owner-http/seed-owner-shop';
import { startServer } from './owner-http/start-server';

const CUSTOMER = 'user_bench_booker';
/** Raw slots per round: more than 50 loops insert in warm-up + run on this kind of machine. */
const SLOT_BUDGET = 60_000;
/** HTTP bodies per round: several times what the API books in one, and all within the shop's 60-day booking window. */
const HTTP_BUDGET = 20_000;

async function main(): Promise<number> {
  const parsed = parseBenchFlags('booking-http', { staff: { type: 'string', default: '40' }, rounds: { type: 'string', default: '3' } });
  if (!parsed) return 2;
  const { flags, load, serverUrl } = parsed;
  console.log(machineLine('booking HTTP'));
  const scratch = await createScratchDatabase(serverUrl);
  process.once('SIGINT', () => void scratch.drop().finally(() => process.exit(130)));
  try {
    const { db } = scratch.handle;
    const ownerId = await seedOwner(db, 'user_bench_owner');
    const staffCount = Number(flags.staff);
    const httpShop = await seedBookingShop(db, { ownerId, staffCount, name: 'Bench Salon (HTTP)' });
    const rawShop = await seedBookingShop(db, { ownerId, staffCount, name: 'Bench Salon (raw)' });
    const rawCustomerId = await seedCustomer(db, 'user_bench_raw');
    await db.execute(sql`analyze`);
    console.log(`Data: two UTC shops, ${staffCount} stylists each, open daily 06:00–22:00, one 15-minute service; every request books a distinct (stylist, start).`);
    console.log(`Load: ${load.connections} connections, ${load.warmupSeconds} s warm-up + ${load.durationSeconds} s per round, raw and HTTP interleaved; server pool 10, raw pool 10.\n`);

    const rounds = Math.max(1, Number(flags.rounds));
    const rawSlots = distinctSlots(rawShop, new Date(), SLOT_BUDGET * rounds);
    const signer = createTestSigner();
    const token = await signer.sign({ sub: CUSTOMER, sid: 'sess_bench_booker', name: 'Bench Booker', role: 'customer', expiresIn: '1h' });
    const server = await startServer({ databaseUrl: scratch.url, jwtKey: signer.publicKeyPem, logLevel: flags['log-level'] });
    try {
      const bodies = bookingBodies(httpShop, (HTTP_BUDGET + 1) * rounds);
      // Interleaved rounds (raw, then HTTP, again): the machine drifts within a run, and each round's
      // ratio compares two loads measured a minute apart at most.
      const raws: LoadResult[] = [];
      const https: LoadResult[] = [];
      for (let round = 0; round < rounds; round += 1) {
        const slots = rawSlots.slice(round * SLOT_BUDGET, (round + 1) * SLOT_BUDGET);
        raws.push(await measureRawInserts({ url: scratch.url, poolSize: 10, shop: rawShop, customerId: rawCustomerId, slots }, load));
        const mine = bodies.slice(round * (HTTP_BUDGET + 1), (round + 1) * (HTTP_BUDGET + 1));
        const scenario: Scenario = {
          name: 'POST /bookings (distinct slots)', url: `http://127.0.0.1:${server.customerPort}/api/v1/bookings`, method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: mine[0], bodies: mine.slice(1), expectStatus: 201,
        };
        https.push(...(await runScenarios(db, [scenario], load)));
        console.log(`  round ${round + 1}: raw ${raws[round]!.rps.toFixed(0)}/s, POST /bookings ${https[round]!.rps.toFixed(0)} req/s: ${percent(https[round]!.rps, raws[round]!.rps)}`);
      }
      const [raw, http] = [medianOf(raws), medianOf(https)];
      const results = [raw, http];
      console.log(`\nMedians of ${rounds} round(s):`);
      printTable(results, { raw });
      const [row] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from bookings b join booking_holds h on h.booking_id = b.id and h.is_active
        where b.shop_id = ${httpShop.shopId}`));
      console.log(`\nBookings with an active hold in the HTTP shop: ${row?.n} (checked requests + 2xx answers of warm-ups and runs).`);
      console.log(loadAverageLine());
      const ratio = `${Math.round(100 * median(https.map((result, index) => result.rps / raws[index]!.rps)))}%`;
      console.log(`bench booking-http: create ${http.rps.toFixed(0)} req/s p99 ${http.p99Ms} ms 5xx ${http.status5xx}; raw insert ${raw.rps.toFixed(0)}/s p99 ${raw.p99Ms} ms; ratio ${ratio} (median of ${rounds} rounds; target >= 40%)`);
      return exitCodeOf([...raws, ...https]);
    } finally {
      await server.stop();
    }
  } finally {
    await scratch.drop();
  }
}

function bookingBodies(shop: BookingShop, count: number): string[] {
  return distinctSlots(shop, new Date(), count).map((slot) =>
    JSON.stringify({ shopId: shop.shopId, serviceId: shop.serviceId, staffId: slot.staffId, start: slot.start.toISOString() }));
}

runBench(main);
