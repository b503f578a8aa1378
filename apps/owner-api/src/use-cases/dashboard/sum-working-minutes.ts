import { listWorkingDays } from '@salon/availability';
import { type Dashboard } from '@salon/contracts-owner';
import { type Database } from '@salon/db';

/**
 * The longest range the engine takes in one call (MAX_RANGE_DAYS in @salon/scheduling): a
 * dashboard's year is asked for in pieces this long. The 366-day dashboard test covers it.
 */
const ENGINE_MAX_DAYS = 92;
const DAY_MS = 86_400_000;

/**
 * Staff working minutes over each shop's own local range, from the scheduling engine's working
 * windows (hours, overrides and time off, exactly what slots are offered in); the same source
 * calendar views use, so utilisation never disagrees with what customers could book.
 */
export async function sumWorkingMinutes(db: Database, shops: Dashboard['shops']): Promise<number> {
  let total = 0;
  for (const shop of shops) {
    for (const piece of piecesOf(shop.from, shop.to)) {
      const { days } = await listWorkingDays({ ctx: { db }, input: { shop, ...piece, where: 'query' } });
      total += days.reduce((sum, day) => sum + day.minutes, 0);
    }
  }
  return total;
}

/** `from`..`to` (inclusive local dates) as consecutive ranges of at most {@link ENGINE_MAX_DAYS} days. */
function piecesOf(from: string, to: string): { from: string; to: string }[] {
  const pieces: { from: string; to: string }[] = [];
  const last = Date.parse(`${to}T00:00:00Z`);
  for (let start = Date.parse(`${from}T00:00:00Z`); start <= last; start += ENGINE_MAX_DAYS * DAY_MS) {
    const end = Math.min(start + (ENGINE_MAX_DAYS - 1) * DAY_MS, last);
    pieces.push({ from: new Date(start).toISOString().slice(0, 10), to: new Date(end).toISOString().slice(0, 10) });
  }
  return pieces;
}
