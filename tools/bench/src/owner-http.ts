// Owner HTTP bench: slot preview and calendar view under load, against a real owner-api on
// PostgreSQL. Run: DATABASE_URL=postgres://… npm run bench:owner-http [-- --duration 10 --connections 50]
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createTestSigner } from '@salon/auth/testing';
import { sql, type Database } from '@salon/db';
import { explainLoaderQueries } from './owner-http/explain';
import { addDays, generateOwnerShop, type OwnerShopOptions } from './owner-http/generate-owner-shop';
import { rowsOf } from './owner-http/rows-of';
import { loadEndpoint, type LoadResult, type Scenario } from './owner-http/load';
import { headline, printPlans, printTable } from './owner-http/report';
import { createScratchDatabase } from './owner-http/scratch-database';
import { seedCustomers, seedOwner, seedOwnerShop } from './owner-http/seed-owner-shop';
import { startServer } from './owner-http/start-server';

const OWNER = 'user_bench_owner';
const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '50' },
    'history-days': { type: 'string', default: '730' },
    timeout: { type: 'string', default: '30' },
    'log-level': { type: 'string', default: 'warn' },
  },
});
const load = { durationSeconds: Number(flags.duration), warmupSeconds: Number(flags.warmup), connections: Number(flags.connections), timeoutSeconds: Number(flags.timeout) };

/** The Monday after today in London: always ahead of "now", within the shop's 60 bookable days. */
function nextLondonMonday(now: Date): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  return addDays(today, ((8 - weekday) % 7) || 7);
}

async function main(): Promise<number> {
  if (!Object.values(load).every((value) => Number.isFinite(value) && value >= 0) || load.connections < 1 || load.durationSeconds < 1) {
    console.error('bench owner-http: --duration, --warmup, --connections and --timeout take numbers (duration and connections at least 1).');
    return 2;
  }
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) {
    console.error('bench owner-http: DATABASE_URL is required (a PostgreSQL server; the bench creates and drops its own database).');
    return 2;
  }
  const load1 = () => os.loadavg()[0]!.toFixed(1);
  console.log(`owner HTTP bench on ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}, load average ${load1()}`);
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
      for (const scenario of scenarios) await checkOnce(scenario);
      const results: LoadResult[] = [];
      for (const scenario of scenarios) {
        results.push(await loadEndpoint(scenario, load));
        await waitUntilIdle(db); // requests still queued in the server must not run into the next scenario
      }
      const [select, me, , previewed, calendar] = results as [LoadResult, LoadResult, LoadResult, LoadResult, LoadResult];
      console.log('');
      printTable(results, { select, me });
      console.log('');
      printPlans(await explainLoaderQueries(db, { shopId: main.shopId, staffIds: main.staffIds, from: weekStart, to: weekEnd }));
      const busy = os.loadavg()[0]! > os.cpus().length ? ': above the core count, so other work skews absolute figures; ratios hold better' : '';
      console.log(`\nLoad average at the end: ${load1()}${busy}.`);
      console.log(headline(previewed, calendar, me));
      const failed = results.filter((result) => result.non2xx > 0 || result.errors > 0);
      failed.forEach((r) => console.error(`FAILED: ${r.name}: ${r.non2xx} non-2xx, ${r.errors} connection errors/timeouts`));
      return failed.length > 0 ? 1 : 0;
    } finally {
      await server.stop();
    }
  } finally {
    await scratch.drop();
  }
}

/**
 * Waits until no query of the bench database has been active for 5 polls in a row, 100 ms apart:
 * autocannon stops sending at the deadline, but the server still works off what it accepted.
 */
async function waitUntilIdle(db: Database): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (let quiet = 0; quiet < 5 && Date.now() < deadline; ) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const [row] = rowsOf<{ busy: number }>(await db.execute(sql`
      select count(*)::int as busy from pg_stat_activity
      where datname = current_database() and state <> 'idle' and pid <> pg_backend_pid()`));
    quiet = row?.busy === 0 ? quiet + 1 : 0;
  }
}

/** One request per scenario before the load, so a wrong body or token fails loudly, not as 50 × N non-2xx. */
async function checkOnce(scenario: Scenario): Promise<void> {
  const response = await fetch(scenario.url, { method: scenario.method ?? 'GET', headers: scenario.headers, body: scenario.body });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${scenario.name}: ${response.status} ${text.slice(0, 300)}`);
  const body = JSON.parse(text) as { slots?: unknown[]; days?: { staff: unknown[] }[] };
  const size = body.slots ? `${body.slots.length} slots` : body.days ? `${body.days.length} days x ${body.days[0]?.staff.length ?? 0} staff` : `${text.length} bytes`;
  console.log(`  ${scenario.name.padEnd(32)} 200, ${size}, ${text.length.toLocaleString('en-US')} bytes`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
