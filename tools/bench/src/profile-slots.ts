// Profiles one slot request step by step, in-process, on a scratch PostgreSQL database with the
// benches' 10-staff shop: each step of listServiceSlots and the whole HTTP route, at one connection.
// Prints, per step: median wall time and mean Node CPU (process.cpuUsage, GC threads included), and
// the PostgreSQL backends' CPU per call (/proc/<pid>/stat of the scratch database's connections, so
// the database must run on this machine). PROFILE_OUT=file.cpuprofile writes a V8 CPU profile of the
// loops; KEEP=1 keeps the scratch database for EXPLAINs and prints its URL.
// Run: DATABASE_URL=postgres://… npx tsx tools/bench/src/profile-slots.ts [iterations]
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadService, loadShopSchedule, listServiceSlots } from '@salon/availability';
import { createCustomerApp } from '@salon/customer-api/app';
import { createDatabase, shops, eq, sql } from '@salon/db';
import { createLogger, listen } from '@salon/http';
import { createIdentityContext } from '@salon/identity';
import { createRateLimits } from '@salon/runtime';
import { createTestSigner } from '@salon/auth/testing';
import { listSlots } from '@salon/scheduling';
import { addDays, generateOwnerShop, nextLondonMonday } from './owner-http/generate-owner-shop';
import { createScratchDatabase } from './owner-http/scratch-database';
import { seedCustomers, seedOwner, seedOwnerShop } from './owner-http/seed-owner-shop';
import { backendTicks } from './probes/backend-ticks';

const timings = new Map<string, number[]>();
const cpuTimes = new Map<string, number[]>();
async function step<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  timings.set(name, [...(timings.get(name) ?? []), performance.now() - started]);
  cpuTimes.set(name, [...(cpuTimes.get(name) ?? []), (used.user + used.system) / 1000]);
  return value;
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const iterations = Number(process.argv[2] ?? 50);
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) throw new Error('DATABASE_URL');
  const date = nextLondonMonday(new Date());
  const to = addDays(date, 6);
  const scratch = await createScratchDatabase(serverUrl);
  try {
    const { db } = scratch.handle;
    const ownerId = await seedOwner(db, 'user_bench_owner');
    const customerIds = await seedCustomers(db, 200);
    const slotShop = generateOwnerShop({ weekStart: date, historyDays: 0, staffCount: 10, customerCount: 200, density: 0.42 });
    const seeded = await seedOwnerShop(db, { ownerId, customerIds, shop: slotShop, name: 'Bench Salon (10 staff)' });
    await db.execute(sql`analyze`);
    const database = await createDatabase({ url: scratch.url });
    const ctx = { db: database.db, now: () => new Date() };
    const [shop] = await database.db.select().from(shops).where(eq(shops.id, seeded.shopId));
    const input = { shop: shop!, serviceId: seeded.serviceId, from: date, to, isActiveOnly: true, where: 'query' as const };
    let slotCount = 0;
    const profiler = new Session();
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.setSamplingInterval', { interval: 100 });
    await profiler.post('Profiler.start');
    for (let i = 0; i < iterations; i += 1) {
      const service = await step('loadService', () => loadService({ ctx, input: { ...input, shopId: shop!.id } }));
      const schedule = await step('loadShopSchedule', () =>
        loadShopSchedule({ ctx, input: { shop: shop!, from: date, to, staffIds: service.staff.map((s) => s.staffId) } }));
      const policy = { slotIntervalMinutes: shop!.slotIntervalMinutes, minNoticeMinutes: shop!.minNoticeMinutes, maxAdvanceDays: shop!.maxAdvanceDays };
      const result = await step('engine listSlots', () => listSlots({ ...schedule, service, policy, now: new Date() }, { from: date, to }));
      if (result.ok) slotCount = result.value.length;
      await step('JSON.stringify(slots)', () => JSON.stringify(result.ok ? result.value : null));
      await step('listServiceSlots (all)', () => listServiceSlots({ ctx, input }));
    }
    const pgPerCall = async (name: string, fn: () => Promise<unknown>) => {
      const before = await backendTicks(db);
      for (let i = 0; i < iterations; i += 1) await fn();
      console.log(`${name}: PostgreSQL backends ${((((await backendTicks(db)) - before) * 10) / iterations).toFixed(2)} ms CPU per call`);
    };
    const staffIds = (await loadService({ ctx, input: { ...input, shopId: shop!.id } })).staff.map((s) => s.staffId);
    await pgPerCall('loadService', () => loadService({ ctx, input: { ...input, shopId: shop!.id } }));
    await pgPerCall('loadShopSchedule', () => loadShopSchedule({ ctx, input: { shop: shop!, from: date, to, staffIds } }));
    await pgPerCall('select 1 from shops', () => database.db.execute(sql`select 1 from shops where id = ${shop!.id}`));
    const ticksBefore = await backendTicks(db);
    const cpuBefore = process.cpuUsage();
    const wallBefore = performance.now();
    for (let i = 0; i < iterations; i += 1) await listServiceSlots({ ctx, input });
    const cpu = process.cpuUsage(cpuBefore);
    const pgMs = ((await backendTicks(db)) - ticksBefore) * 10 / iterations;
    console.log(`listServiceSlots: PostgreSQL backends ${pgMs.toFixed(2)} ms CPU per call`);
    console.log(`listServiceSlots: ${((performance.now() - wallBefore) / iterations).toFixed(2)} ms wall, ${((cpu.user + cpu.system) / 1000 / iterations).toFixed(2)} ms node CPU per call`);
    const logger = createLogger({ name: 'customer-api', level: 'warn' });
    const identity = createIdentityContext({ db: database.db, now: () => new Date(), clerk: { jwtKey: createTestSigner().publicKeyPem } });
    const rateLimits = createRateLimits({ name: 'customer-api', config: { RATE_LIMIT_PER_MINUTE: 1_000_000, RATE_LIMIT_PER_IP_PER_MINUTE: 1_000_000 }, logger });
    const server = await listen(createCustomerApp({ ctx: identity, database, logger, rateLimits: rateLimits.limits }), 0, { host: '127.0.0.1', drainMs: 1000 });
    const url = `http://127.0.0.1:${server.port}/api/v1/schedules/calendar-view/${seeded.shopId}?serviceId=${seeded.serviceId}&from=${date}&to=${to}`;
    let bytes = 0;
    for (let i = 0; i < iterations; i += 1) {
      const res = await step('HTTP route (fetch)', () => fetch(url).then((r) => r.text()));
      bytes = res.length;
    }
    const { profile } = await profiler.post('Profiler.stop');
    if (process.env['PROFILE_OUT']) writeFileSync(process.env['PROFILE_OUT'], JSON.stringify(profile));
    await server.close();
    await database.close();
    console.log(`${slotCount} slots, ${bytes} bytes; medians over ${iterations} (ms):`);
    for (const [name, values] of timings) console.log(`  ${name.padEnd(28)} ${median(values).toFixed(2)} wall (min ${Math.min(...values).toFixed(2)}), node CPU mean ${(cpuTimes.get(name)!.reduce((a, b) => a + b, 0) / values.length).toFixed(2)}`);
  } finally {
    if (process.env['KEEP']) console.log(`kept ${scratch.url}`);
    else await scratch.drop();
  }
}

main().catch((error: unknown) => { console.error(error); process.exit(1); });
