// What one request costs, machine load aside: the real customer app and the baseline app served
// in-process on a scratch database, N sequential requests per route, and per request the Node CPU of
// this process (server and fetch client both: the same client cost for every route) and the CPU of
// the app pool's PostgreSQL backends (/proc/<pid>/stat, read through a second connection: the server must run here).
// CPU time is what 50 connections compete for, so the ratios to the baseline predict the benches'.
// Run: DATABASE_URL=… npx tsx tools/bench/src/probes/request-cost.ts [requests] [route name filter, e.g. bookings]
import { createTestSigner } from '@salon/auth/testing';
import { createCustomerApp } from '@salon/customer-api/app';
import { createDatabase, sql } from '@salon/db';
import { createLogger, listen } from '@salon/http';
import { createIdentityContext } from '@salon/identity';
import { createRateLimits } from '@salon/runtime';
import { distinctSlots, seedBookingShop } from '../booking-http/seed-booking-shop';
import { createBaselineApp } from '../owner-http/baseline-app';
import { addDays, generateOwnerShop, nextLondonMonday } from '../owner-http/generate-owner-shop';
import { createScratchDatabase } from '../owner-http/scratch-database';
import { seedCustomers, seedOwner, seedOwnerShop } from '../owner-http/seed-owner-shop';
import { backendTicks } from './backend-ticks';

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 300);
  const scratch = await createScratchDatabase(process.env['DATABASE_URL']!);
  try {
    const { db } = scratch.handle;
    const date = nextLondonMonday(new Date());
    const ownerId = await seedOwner(db, 'user_bench_owner');
    const customerIds = await seedCustomers(db, 200);
    const slotShop = await seedOwnerShop(db, { ownerId, customerIds, name: 'Bench Salon (10 staff)',
      shop: generateOwnerShop({ weekStart: date, historyDays: 0, staffCount: 10, customerCount: 200, density: 0.42 }) });
    const bookingShop = await seedBookingShop(db, { ownerId, staffCount: 40, name: 'Bench Salon (bookings)' });
    await db.execute(sql`analyze`);
    const database = await createDatabase({ url: scratch.url });
    const signer = createTestSigner();
    const logger = createLogger({ name: 'customer-api', level: 'warn' });
    const ctx = createIdentityContext({ db: database.db, now: () => new Date(), clerk: { jwtKey: signer.publicKeyPem } });
    const rateLimits = createRateLimits({ name: 'customer-api', config: { RATE_LIMIT_PER_MINUTE: 1_000_000, RATE_LIMIT_PER_IP_PER_MINUTE: 1_000_000 }, logger });
    const deps = { ctx, database, logger, rateLimits: rateLimits.limits };
    const api = await listen(createCustomerApp(deps), 0, { host: '127.0.0.1', drainMs: 1000 });
    const baseline = await listen(createBaselineApp(deps), 0, { host: '127.0.0.1', drainMs: 1000 });
    const token = await signer.sign({ sub: 'user_cost', sid: 'sess_cost', name: 'Cost', role: 'customer', expiresIn: '1h' });
    const bodies = distinctSlots(bookingShop, new Date(), 2 * count + 20).map((slot) =>
      JSON.stringify({ shopId: bookingShop.shopId, serviceId: bookingShop.serviceId, staffId: slot.staffId, start: slot.start.toISOString() }));
    let next = 0;
    const routes: [string, () => Promise<Response>][] = [
      ['baseline select 1', () => fetch(`http://127.0.0.1:${baseline.port}/api/v1/bench/shops/${slotShop.shopId}`)],
      ['slots 10 staff x 7 days', () => fetch(`http://127.0.0.1:${api.port}/api/v1/schedules/calendar-view/${slotShop.shopId}?serviceId=${slotShop.serviceId}&from=${date}&to=${addDays(date, 6)}`)],
      ['POST /bookings', () => fetch(`http://127.0.0.1:${api.port}/api/v1/bookings`, {
        method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: bodies[next++]! })],
    ];
    console.log(`per request, ${count} sequential requests each after 20 warm-up (load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`);
    const only = process.argv[3];
    for (const [name, send] of routes.filter(([name]) => !only || name.includes(only))) {
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
      console.log(`  ${name.padEnd(24)} wall ${((performance.now() - started) / count).toFixed(2)} ms, Node CPU ${((used.user + used.system) / 1000 / count).toFixed(2)} ms, PostgreSQL CPU ${(pg / count).toFixed(2)} ms`);
    }
    await api.close();
    await baseline.close();
    await database.close();
  } finally {
    await scratch.drop();
  }
}

main().catch((error: unknown) => { console.error(error); process.exit(1); });
