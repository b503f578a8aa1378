// What one request costs, machine load aside: the real customer app and the baseline app served
// in-process on a scratch database, N sequential requests per route, and per request the Node CPU of
// this process (server and fetch client both: the same client cost for every route) and the CPU of
// the app pool's PostgreSQL backends (/proc/<pid>/stat, read through a second connection: the server must run here).
// CPU time is what 50 connections compete for, so the ratios to the baseline predict the benches'.
// Run: DATABASE_URL=… npx tsx tools/bench/src/probes/request-cost.ts [requests] [route name filter, e.g. bookings]
import { sql } from '@salon/db';
import { distinctSlots, seedBookingShop } from '../booking-http/seed-booking-shop';
import { addDays, generateOwnerShop, nextLondonMonday } from '../owner-http/generate-owner-shop';
import { createScratchDatabase } from '../owner-http/scratch-database';
import { seedCustomers, seedOwner, seedOwnerShop } from '../owner-http/seed-owner-shop';
import { measureRoutes, startProbeServers, type ProbeRoute } from './probe-servers';

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
    const servers = await startProbeServers(scratch.url);
    const token = await servers.signer.sign({ sub: 'user_cost', sid: 'sess_cost', name: 'Cost', role: 'customer', expiresIn: '1h' });
    const bodies = distinctSlots(bookingShop, new Date(), 2 * count + 20).map((slot) =>
      JSON.stringify({ shopId: bookingShop.shopId, serviceId: bookingShop.serviceId, staffId: slot.staffId, start: slot.start.toISOString() }));
    let next = 0;
    const routes: ProbeRoute[] = [
      ['baseline select 1', () => fetch(`${servers.baselineUrl}/api/v1/bench/shops/${slotShop.shopId}`)],
      ['slots 10 staff x 7 days', () => fetch(`${servers.apiUrl}/api/v1/schedules/calendar-view/${slotShop.shopId}?serviceId=${slotShop.serviceId}&from=${date}&to=${addDays(date, 6)}`)],
      // The signed-in edge alone (token, session row, rate limits): what every customer route pays.
      ['GET /auth/me', () => fetch(`${servers.apiUrl}/api/v1/auth/me`, { headers: { authorization: `Bearer ${token}` } })],
      ['POST /bookings', () => fetch(`${servers.apiUrl}/api/v1/bookings`, {
        method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: bodies[next++]! })],
    ];
    const only = process.argv[3];
    await measureRoutes(db, routes.filter(([name]) => !only || name.includes(only)), count, 'customer app');
    await servers.close();
  } finally {
    await scratch.drop();
  }
}

main().catch((error: unknown) => { console.error(error); process.exit(1); });
