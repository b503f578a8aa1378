import { createBooking } from '@salon/booking';
import { makeBookableShop } from '@salon/booking/testing';
import { sql, type Database } from '@salon/db';

const TRIGGER = 'booking_holds_bump_shop_cache_version';
/** The booking clock: a Tuesday; London is on UTC until late March, so 09:00 local is 09:00Z. */
const NOW = new Date('2026-12-01T08:00:00Z');
const SLOTS_PER_DAY = 16; // 09:00–17:00, 30 minutes each
const STAFF = 10;

export type TriggerCostResult = { withMs: number[]; withoutMs: number[]; bookingsPerRound: number; concurrency: number };

/** Weekday starts after NOW, in booking order: staff first, then time of day, then day (Dec–Jan). */
function startOf(index: number): { start: Date; staff: number } {
  const staff = index % STAFF;
  const slot = Math.floor(index / STAFF) % SLOTS_PER_DAY;
  let weekday = Math.floor(index / (STAFF * SLOTS_PER_DAY));
  const day = new Date('2026-12-02T00:00:00Z');
  while (true) {
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6 && weekday-- === 0) break;
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return { start: new Date(day.getTime() + (9 * 60 + slot * 30) * 60_000), staff };
}

/**
 * What the cache-version trigger adds to booking creation: rounds of `perRound` real
 * `createBooking` calls (slot check, booking, hold, history, in one transaction) at `concurrency`
 * connections, all in ONE 10-staff shop (so they also queue on its version row), alternating the
 * trigger on and off so machine noise hits both sides alike. Returns ms per booking per round.
 */
export async function measureTriggerCost(db: Database, input: { rounds: number; perRound: number; concurrency: number }): Promise<TriggerCostResult> {
  const shop = await makeBookableShop(db, { staffCount: STAFF, now: () => NOW, shop: { maxAdvanceDays: 120 } });
  const result: TriggerCostResult = { withMs: [], withoutMs: [], bookingsPerRound: input.perRound, concurrency: input.concurrency };
  let next = 0;
  try {
    for (let round = 0; round < input.rounds * 2; round += 1) {
      const isOn = round % 2 === 0;
      await db.execute(sql.raw(`alter table booking_holds ${isOn ? 'enable' : 'disable'} trigger ${TRIGGER}`));
      const started = performance.now();
      let left = input.perRound;
      const worker = async () => {
        while (left > 0) {
          left -= 1;
          const { start, staff } = startOf(next++);
          await createBooking({ ctx: shop.ctx, input: shop.bookingInput(start, shop.staff[staff]!.id) });
        }
      };
      await Promise.all(Array.from({ length: input.concurrency }, worker));
      (isOn ? result.withMs : result.withoutMs).push((performance.now() - started) / input.perRound);
    }
  } finally {
    await db.execute(sql.raw(`alter table booking_holds enable trigger ${TRIGGER}`));
  }
  return result;
}

