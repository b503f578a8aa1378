import { bookingHolds, bookings, createDatabase, withTransaction } from '@salon/db';
import { type LoadOptions, type LoadResult } from '../owner-http/load';
import { type BookingShop, type Slot } from './seed-booking-shop';

const MINUTE_MS = 60_000;

/**
 * The database's own ceiling for bookings: `connections` concurrent loops over a postgres.js pool
 * of `poolSize` (the API's), each a transaction inserting one booking row and its hold under the
 * exclusion constraint (and its per-staff lock trigger), a distinct slot each time. No HTTP, no
 * engine check: what POST /bookings costs on top of this is the API's share.
 */
export async function measureRawInserts(
  input: { url: string; poolSize: number; shop: BookingShop; customerId: string; slots: Slot[] },
  load: LoadOptions,
): Promise<LoadResult> {
  const handle = await createDatabase({ url: input.url, maxConnections: input.poolSize });
  let next = 0;
  const insertOne = async () => {
    const slot = input.slots[next++]!;
    const end = new Date(slot.start.getTime() + 15 * MINUTE_MS);
    await withTransaction({ db: handle.db }, async (tx) => {
      const [booking] = await tx.insert(bookings).values({
        shopId: input.shop.shopId, serviceId: input.shop.serviceId, staffId: slot.staffId, customerId: input.customerId,
        startsAt: slot.start, endsAt: end, status: 'confirmed', serviceName: 'Quick trim', priceMinor: 1500, currency: 'GBP', durationMinutes: 15,
      }).returning({ id: bookings.id });
      await tx.insert(bookingHolds).values({ bookingId: booking!.id, shopId: input.shop.shopId, staffId: slot.staffId, during: { start: slot.start, end } });
    });
  };
  const runFor = async (seconds: number) => {
    const latencies: number[] = [];
    let errors = 0;
    const deadline = Date.now() + seconds * 1000;
    await Promise.all(Array.from({ length: load.connections }, async () => {
      while (Date.now() < deadline && next < input.slots.length) {
        const started = performance.now();
        await insertOne().catch(() => { errors += 1; });
        latencies.push(performance.now() - started);
      }
    }));
    return { latencies: latencies.sort((a, b) => a - b), errors };
  };
  try {
    if (load.warmupSeconds > 0) await runFor(load.warmupSeconds);
    const { latencies, errors } = await runFor(load.durationSeconds);
    const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
    return {
      name: `raw: INSERT booking + hold (pool ${input.poolSize})`, rps: latencies.length / load.durationSeconds, p50Ms: at(0.5), p99Ms: at(0.99),
      requests: latencies.length, non2xx: errors, status5xx: 0, errors: 0,
    };
  } finally {
    await handle.close();
  }
}
