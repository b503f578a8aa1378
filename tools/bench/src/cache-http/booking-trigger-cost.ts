import { sql, type Database } from '@salon/db';
import { makeBooking } from '@salon/db/testing';

const TRIGGER = 'booking_holds_bump_shop_cache_version';
const HOUR_MS = 3_600_000;
/** Every booking of the run its own hour, far in the future (no overlap, no notice rules), across calls. */
let next = 0;

export type TriggerCostResult = { withMs: number[]; withoutMs: number[]; bookingsPerRound: number; concurrency: number };

/**
 * What the cache-version trigger adds to a booking's commit: rounds of `perRound` bookings
 * (booking + hold in one transaction, as makeBooking and the booking use case write them) at
 * `concurrency` connections, all in ONE shop (so they also queue on its row), alternating the
 * trigger on and off so machine noise hits both sides alike. Returns ms per booking per round.
 */
export async function measureTriggerCost(
  db: Database,
  input: { shopId: string; serviceId: string; staffIds: string[]; customerId: string; rounds: number; perRound: number; concurrency: number },
): Promise<TriggerCostResult> {
  const result: TriggerCostResult = { withMs: [], withoutMs: [], bookingsPerRound: input.perRound, concurrency: input.concurrency };
  const base = Date.parse('2032-01-05T00:00:00Z');
  try {
    for (let round = 0; round < input.rounds * 2; round += 1) {
      const isOn = round % 2 === 0;
      await db.execute(isOn ? sql.raw(`alter table booking_holds enable trigger ${TRIGGER}`) : sql.raw(`alter table booking_holds disable trigger ${TRIGGER}`));
      const started = performance.now();
      let left = input.perRound;
      const worker = async () => {
        while (left > 0) {
          left -= 1;
          const index = next++;
          await makeBooking(db, {
            shopId: input.shopId, serviceId: input.serviceId, customerId: input.customerId,
            staffId: input.staffIds[index % input.staffIds.length]!, startsAt: new Date(base + index * HOUR_MS),
          });
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

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
